import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { SignInForm } from "@/components/manage/sign-in-form";
import { magicLinksEnabled } from "@/lib/auth/options";
import { safeReturn } from "@/lib/auth/return-to";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Manage.signIn" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const [t, access] = await Promise.all([getTranslations("Manage.signIn"), getTranslations("Access.signIn")]);
  const error = typeof query.error === "string" ? query.error : undefined;
  const email = typeof query.email === "string" ? query.email.slice(0, 200) : undefined;
  // Set by the reset and invitation pages after they finish: say what happened, then sign in.
  const notice = query.wachtwoord === "gewijzigd" ? access("passwordChanged") : query.uitnodiging === "geaccepteerd" ? access("joined") : null;
  return (
    <div className="manage-narrow">
      <Heading1>{t("title")}</Heading1>
      {notice ? (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      ) : (
        <Paragraph lead>{t("lead")}</Paragraph>
      )}
      <SignInForm returnTo={safeReturn(query.terug, locale)} magicLinks={magicLinksEnabled()} initialError={error} linkSent={query.link === "verstuurd"} defaultEmail={email} />
      <ul className="manage-links">
        <li>
          <Link href={{ pathname: "/beheer/wachtwoord-vergeten", query: email ? { email } : {} }}>{t("forgot")}</Link>
        </li>
        <li>
          <Link href="/beheer/aanmelden">{t("newInitiative")}</Link>
        </li>
      </ul>
    </div>
  );
}
