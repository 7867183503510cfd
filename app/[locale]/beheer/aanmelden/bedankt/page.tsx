import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink, Heading1, Paragraph } from "@utrecht/component-library-react";
import { getCurrentUser } from "@/lib/auth/session";
import { getPathname } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Access.submit" });
  return { title: t("thanksTitle") };
}

export default async function SubmitThanksPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const email = typeof query.email === "string" ? query.email : undefined;
  const [t, user] = await Promise.all([getTranslations("Access.submit"), getCurrentUser()]);
  const next = user
    ? getPathname({ href: "/beheer", locale })
    : getPathname({ href: { pathname: "/beheer/inloggen", query: email ? { email } : {} }, locale });
  return (
    <div className="manage-narrow">
      <Heading1>{t("thanksTitle")}</Heading1>
      <Paragraph lead>{t("thanksLead")}</Paragraph>
      <Paragraph>{t("thanksMeanwhile")}</Paragraph>
      <ButtonLink appearance="primary-action-button" href={next}>
        {user ? t("toDashboard") : t("signInNow")}
      </ButtonLink>
    </div>
  );
}
