import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WijkDetail } from "@/components/wijk/wijk-detail";
import { env } from "@/lib/env";
import { getWijkHelpPage } from "@/lib/wijken/help-page";
import { findWijkSummary } from "@/lib/wijken/queries";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  await connection();
  const summary = await findWijkSummary(slug);
  if (!summary) return {};
  const t = await getTranslations({ locale, namespace: "WijkPage" });
  return { title: t("title", { wijk: summary.name }) };
}

/** `?page=2`; anything else (missing, repeated, not a number) is the first page. */
function pageParam(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, page);
}

export default async function WijkPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const data = await getWijkHelpPage(slug, pageParam((await searchParams).page));
  if (!data) notFound();
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  return <WijkDetail data={data} tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }} />;
}
