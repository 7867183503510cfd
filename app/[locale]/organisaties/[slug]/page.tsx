import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import { OrganisationDetail } from "@/components/organisation/organisation-detail";
import { env } from "@/lib/env";
import { getCurrentUser } from "@/lib/auth/session";
import { findPublishedOrganisationSummary, getPublishedOrganisationDetail } from "@/lib/organisations/detail-queries";
import { buildLocationViews } from "@/lib/organisations/location-view";
import { hoursLocaleOf } from "@/lib/i18n/intl-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  await connection();
  const summary = await findPublishedOrganisationSummary(slug);
  // Referrer "same-origin" instead of the site's "no-referrer" (lib/security/headers.ts), as on
  // the management pages: under no-referrer a browser posts the "Meld een fout" form without
  // JavaScript with "Origin: null", which the action guard refuses as cross-site. This page's
  // address holds no search, and other sites still get no referrer.
  return summary ? { title: summary.name, description: summary.description, referrer: "same-origin" } : {};
}

export default async function OrganisationPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await connection();
  // One instant for the whole page, so "nu open" and "vandaag" agree everywhere on it.
  const now = new Date();
  // Reading the session sets no cookie: anonymous visitors get the same page as before.
  // Signed-in professionals also see the direct contacts of referral agreements.
  // The visitor's language: its translations of the listing's texts, where there are any.
  const organisation = await getPublishedOrganisationDetail(slug, now, await getCurrentUser(), locale);
  if (!organisation) notFound();
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  return (
    <OrganisationDetail
      organisation={organisation}
      locations={buildLocationViews(organisation, now, hoursLocaleOf(locale))}
      now={now}
      tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }}
    />
  );
}
