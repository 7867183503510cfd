import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { PageFooter, PageHeader, Paragraph, SkipLink } from "@utrecht/component-library-react";
import { FullLocaleLink } from "@/components/layout/full-locale-link";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { SiteNav } from "@/components/layout/site-nav";
import { pickMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { directionOf, routing } from "@/lib/i18n/routing";
import { EMBED_HEADER } from "@/lib/security/embed-path";
import "../utrecht.css";
import "../globals.css";
import "../styles/home.css";
import "../styles/detail.css";
import "../styles/moderation.css";
import "../styles/referrals.css";

// The footer's pages for professionals and organisations (Site.<label> names each); from a
// resident-only language they lead to the Dutch page (FullLocaleLink).
const FOOTER_LINKS = [
  { href: "/verwijzen", label: "nav.referral" },
  { href: "/netwerk", label: "networkLink" },
  { href: "/ontwikkelaars", label: "developersLink" },
  { href: "/beheer", label: "manageLink" },
] as const;

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  // Runs before the layout's own check: never hand a bogus segment ("favicon.ico") to Intl.
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "Site" });
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Site");
  // Only the shell's translations go to the browser here; each part of the site adds its own.
  const messages = pickMessages(await getMessages(), []);
  const requestHeaders = await headers();

  // An /embed page, shown in a frame on a partner's site: the page alone, without our header,
  // menu and footer (proxy.ts sets the flag from the path).
  if (requestHeaders.get(EMBED_HEADER) === "1") {
    return (
      <html lang={locale} dir={directionOf(locale)}>
        <body className="utrecht-theme utrecht-document embed-document">
          <NextIntlClientProvider messages={messages}>
            <main id="inhoud" className="embed-main">
              {children}
            </main>
          </NextIntlClientProvider>
        </body>
      </html>
    );
  }

  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="utrecht-theme utrecht-document">
        <NextIntlClientProvider messages={messages}>
          <SkipLink href="#inhoud">{t("skipLink")}</SkipLink>
          <PageHeader className="site-header">
            <div className="site-header__content">
              <p className="site-header__title">
                <Link href="/">{t("title")}</Link>
              </p>
              <LanguageSwitch search={requestHeaders.get("x-request-search") ?? ""} />
              <SiteNav />
            </div>
          </PageHeader>
          <main id="inhoud" className="site-main">
            {children}
          </main>
          <PageFooter className="site-footer">
            <div className="utrecht-page-footer__content">
              <Paragraph>{t("footerPrivacy")}</Paragraph>
              <ul className="footer-links">
                {FOOTER_LINKS.map(({ href, label }) => (
                  <li key={href}>
                    <FullLocaleLink href={href} className="utrecht-link utrecht-link--html-a">
                      {t(label)}
                    </FullLocaleLink>
                  </li>
                ))}
              </ul>
            </div>
          </PageFooter>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
