import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { HandoutSheet } from "@/components/print/handout-sheet";
import { PrintActions } from "@/components/print/print-actions";
import { env } from "@/lib/env";
import { findPublishedOrganisationSummary, getPublishedOrganisationDetail } from "@/lib/organisations/detail-queries";
import { buildHandout } from "@/lib/print/handout";
import { pdfPath, printLocale, siteOrigin } from "@/lib/print/listing-url";
import { printTranslator } from "@/lib/print/messages";
import { requestOrigin } from "@/lib/print/request-origin";
import "@/app/styles/print.css";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  await connection();
  const summary = await findPublishedOrganisationSummary(slug);
  return summary ? { title: (await printTranslator(printLocale(locale)))("handoutTitle", { name: summary.name }) } : {};
}

export default async function FolderPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  const now = new Date();
  const lang = printLocale(locale);
  // The description in the folder's language when the coordinator translated it (ADR 0012).
  const organisation = await getPublishedOrganisationDetail(slug, now, null, lang);
  if (!organisation) notFound();
  const t = await printTranslator(lang);
  const handout = buildHandout(organisation, now, lang, siteOrigin(env().NEXTAUTH_URL, await requestOrigin()), t);
  return (
    <div className="print-page">
      <PrintActions
        back={{ href: `/organisaties/${organisation.slug}`, label: t("backToListing", { name: organisation.name }) }}
        pdfHref={pdfPath(lang, "organisation", organisation.slug)}
      />
      <HandoutSheet handout={handout} />
    </div>
  );
}
