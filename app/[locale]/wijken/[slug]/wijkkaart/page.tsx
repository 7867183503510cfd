import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { PrintActions } from "@/components/print/print-actions";
import { WijkkaartSheet } from "@/components/print/wijkkaart-sheet";
import { env } from "@/lib/env";
import { pdfPath, printLocale, siteOrigin } from "@/lib/print/listing-url";
import { printTranslator } from "@/lib/print/messages";
import { requestOrigin } from "@/lib/print/request-origin";
import { buildWijkkaart } from "@/lib/print/wijkkaart";
import { getWijkkaartData } from "@/lib/print/wijkkaart-queries";
import { findWijkSummary } from "@/lib/wijken/queries";
import "@/app/styles/print.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  await connection();
  const summary = await findWijkSummary(slug);
  return summary ? { title: (await printTranslator(printLocale(locale)))("wijkkaartTitle", { wijk: summary.name }) } : {};
}

export default async function WijkkaartPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const now = new Date();
  const data = await getWijkkaartData(slug, now);
  if (!data) notFound();
  const lang = printLocale(locale);
  const t = await printTranslator(lang);
  const kaart = buildWijkkaart(data, now, lang, siteOrigin(env().NEXTAUTH_URL, await requestOrigin()), t);
  return (
    <div className="print-page">
      <PrintActions
        back={{ href: `/wijken/${data.wijk.slug}`, label: t("backToWijk", { wijk: data.wijk.name }) }}
        pdfHref={pdfPath(lang, "wijk", data.wijk.slug)}
      />
      <WijkkaartSheet kaart={kaart} />
    </div>
  );
}
