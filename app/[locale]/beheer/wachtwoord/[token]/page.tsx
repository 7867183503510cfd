import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { ResetPasswordForm } from "@/components/access/reset-password-form";
import { isUsableResetToken } from "@/lib/access/queries";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Access.reset" });
  // The token is in the address: never pass it on to another site.
  return { title: t("newTitle"), referrer: "no-referrer" };
}

export default async function NewPasswordPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, forms] = await Promise.all([getTranslations("Access.reset"), getTranslations("Forms.errors")]);
  const usable = await isUsableResetToken(token);
  return (
    <div className="manage-narrow">
      <Heading1>{t("newTitle")}</Heading1>
      {usable ? (
        <>
          <Paragraph lead>{t("newLead")}</Paragraph>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <Alert type="error">
            <Paragraph>{forms("resetInvalid")}</Paragraph>
          </Alert>
          <Paragraph>
            <Link href="/beheer/wachtwoord-vergeten">{t("requestNew")}</Link>
          </Paragraph>
        </>
      )}
    </div>
  );
}
