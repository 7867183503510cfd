// The client's sheet from the referral helper: the same question as /verwijzen (its query
// string), answered the same way, with only what the client needs, in the client's language.
// A GET page: nothing is stored, the language is changed with a plain form, and it prints on
// one or two A4 pages (app/styles/handout.css). The professional's own print stays on /verwijzen.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Button, ButtonLink, Paragraph } from "@utrecht/component-library-react";
import { PrintButton } from "@/components/print/print-button";
import { ClientHandoutSheet } from "@/components/referral-helper/client-handout-sheet";
import { HandoutLanguageField, HiddenQuery } from "@/components/referral-helper/handout-language-field";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { getPathname } from "@/lib/i18n/navigation";
import { isFullLocale } from "@/lib/i18n/routing";
import { siteOrigin } from "@/lib/print/listing-url";
import { requestOrigin } from "@/lib/print/request-origin";
import { HANDOUT_PARAM } from "@/lib/referral-helper/handout";
import { handoutTranslator } from "@/lib/referral-helper/handout-messages";
import { loadClientHandout } from "@/lib/referral-helper/handout-queries";
import { helperQueryString, parseHelperQuery } from "@/lib/referral-helper/params";
import "../../../styles/handout.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Why no sheet could be made, as the helper's own message keys (see /verwijzen). */
const AREA_MESSAGES = { missing: "missing", not_found: "notFound", outside: "outside", invalid: "invalid", unavailable: "unavailable", limited: "limited" } as const;

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { locale } = await params;
  if (!isFullLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "Print.clientHandout" });
  return { title: t("metaTitle") };
}

export default async function ClientHandoutPage({ params, searchParams }: Props) {
  const { locale } = await params;
  // Opened from the helper, which is in Dutch and English; the sheet itself is in any language.
  if (!isFullLocale(locale)) notFound();
  setRequestLocale(locale);
  await connection();
  const raw = await searchParams;
  const [outcome, t, tHelper] = await Promise.all([
    Promise.all([headers(), requestOrigin()]).then(([requestHeaders, origin]) =>
      loadClientHandout(raw, { pageLocale: locale, requester: clientIp(requestHeaders), origin: siteOrigin(env().NEXTAUTH_URL, origin) }),
    ),
    getTranslations("Print"),
    getTranslations("ReferralHelper"),
  ]);
  const helper = getPathname({ href: "/verwijzen", locale });
  const back = (query: string) => (
    <Paragraph>
      <a href={query ? `${helper}?${query}` : helper} className="utrecht-link utrecht-link--html-a">
        {t("clientHandout.actions.back")}
      </a>
    </Paragraph>
  );

  if (outcome.status !== "ok") {
    const messages =
      outcome.status === "invalid"
        ? Object.values(outcome.errors).map((key) => t(`clientHandout.errors.${key}`, { max: 30 }))
        : [tHelper(`area.${AREA_MESSAGES[outcome.area.status]}`)];
    return (
      <div className="handout-page">
        <Alert type="warning" className="page-alert">
          <Paragraph>
            <strong>{t("clientHandout.errors.heading")}</strong>
          </Paragraph>
          {messages.map((message) => (
            <Paragraph key={message}>{message}</Paragraph>
          ))}
        </Alert>
        {back(helperQueryString(parseHelperQuery(raw)))}
      </div>
    );
  }

  const { handout, query, chosen } = outcome;
  const sheetT = await handoutTranslator(handout.locale);
  const kept = new URLSearchParams(helperQueryString(query));
  for (const place of chosen) kept.append(HANDOUT_PARAM.place, place);
  const withLanguage = new URLSearchParams(kept);
  withLanguage.set(HANDOUT_PARAM.locale, handout.locale);
  const action = getPathname({ href: "/verwijzen/handout", locale });
  return (
    <div className="handout-page">
      <nav className="handout-actions" aria-label={t("actionsLabel")}>
        {back(helperQueryString(query))}
        <div className="handout-actions__buttons">
          <PrintButton label={t("print")} />
          {/* A file, not a page: a plain link. */}
          <ButtonLink appearance="secondary-action-button" href={`${action}.pdf?${withLanguage}`} type="application/pdf">
            {t("downloadPdf")}
          </ButtonLink>
        </div>
        <form method="get" action={action} className="handout-actions__language">
          <HiddenQuery search={kept} />
          <HandoutLanguageField id="handout-taal" label={t("clientHandout.actions.language")} value={handout.locale} />
          <Button type="submit" appearance="secondary-action-button">
            {t("clientHandout.actions.change")}
          </Button>
        </form>
      </nav>
      <ClientHandoutSheet handout={handout} t={sheetT} />
    </div>
  );
}
