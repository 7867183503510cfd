import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireModerator } from "@/lib/auth/session";
import { moderationCounts, staleListings, MODERATION_LIST_LIMIT } from "@/lib/moderation/queries";
import { STALE_AFTER_MONTHS } from "@/lib/organisations/verification";
import { StaleTable } from "@/components/moderation/stale-table";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation.stale" });
  return { title: t("title", { months: STALE_AFTER_MONTHS }) };
}

/** Published listings not checked for half a year, the oldest check first. */
export default async function StaleListingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireModerator("/beheer/moderatie/verouderd");
  const now = new Date();
  const [t, dashboard, listings, counts] = await Promise.all([
    getTranslations("Moderation.stale"),
    getTranslations("Moderation.dashboard"),
    staleListings(now),
    moderationCounts(),
  ]);
  return (
    <section aria-labelledby="verouderd">
      <Heading2 id="verouderd">{t("title", { months: STALE_AFTER_MONTHS })}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>
      {listings.length === 0 ? (
        <Paragraph>{t("none", { months: STALE_AFTER_MONTHS })}</Paragraph>
      ) : (
        <>
          {counts.stale > listings.length && <Paragraph>{dashboard("partial", { shown: MODERATION_LIST_LIMIT, total: counts.stale })}</Paragraph>}
          <StaleTable listings={listings} labelledBy="verouderd" />
        </>
      )}
    </section>
  );
}
