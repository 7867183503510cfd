import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { InitiativeForm } from "@/components/access/initiative-form";
import { getCurrentUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Access.submit" });
  return { title: t("title") };
}

// Open to everyone: a new initiative usually has no account yet.
export default async function SubmitInitiativePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, user] = await Promise.all([getTranslations("Access.submit"), getCurrentUser()]);
  return (
    <div className="manage-narrow">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <Paragraph>{t("moderation")}</Paragraph>
      {!user && (
        <Paragraph>
          {t("haveAccount")} <Link href={{ pathname: "/beheer/inloggen", query: { terug: "/beheer/aanmelden" } }}>{t("signIn")}</Link>
        </Paragraph>
      )}
      <InitiativeForm signedIn={Boolean(user)} />
    </div>
  );
}
