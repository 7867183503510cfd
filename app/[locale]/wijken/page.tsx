import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/organisation/breadcrumb";
import { WijkIndexList } from "@/components/wijk/wijk-index-list";
import { listWijken } from "@/lib/wijken/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "WijkenIndex" });
  return { title: t("title") };
}

export default async function WijkenPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Read at request time: the build has no database.
  await connection();
  const [wijken, t, crumbs] = await Promise.all([listWijken(), getTranslations("WijkenIndex"), getTranslations("Breadcrumb")]);
  return (
    <div className="detail-page">
      <Breadcrumb trail={[{ href: "/", label: crumbs("map") }]} current={t("title")} />
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <WijkIndexList wijken={wijken} />
    </div>
  );
}
