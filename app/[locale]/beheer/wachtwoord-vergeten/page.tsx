import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { RequestResetForm } from "@/components/access/request-reset-form";
import { Link } from "@/lib/i18n/navigation";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Access.reset" });
  return { title: t("title") };
}

export default async function ForgotPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("Access.reset");
  return (
    <div className="manage-narrow">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <RequestResetForm defaultEmail={typeof query.email === "string" ? query.email : undefined} />
      <Paragraph>
        <Link href="/beheer/inloggen">{t("backToSignIn")}</Link>
      </Paragraph>
    </div>
  );
}
