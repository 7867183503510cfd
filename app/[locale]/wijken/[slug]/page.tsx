import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WijkDetail } from "@/components/wijk/wijk-detail";
import { env } from "@/lib/env";
import { findWijkSummary, getWijkPage } from "@/lib/wijken/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  await connection();
  const summary = await findWijkSummary(slug);
  if (!summary) return {};
  const t = await getTranslations({ locale, namespace: "WijkPage" });
  return { title: t("title", { wijk: summary.name }) };
}

export default async function WijkPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const data = await getWijkPage(slug);
  if (!data) notFound();
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  return <WijkDetail data={data} tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }} />;
}
