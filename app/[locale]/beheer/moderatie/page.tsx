import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireModerator } from "@/lib/auth/session";
import { moderationCounts, pendingListings, MODERATION_LIST_LIMIT } from "@/lib/moderation/queries";
import { PendingListingItem } from "@/components/moderation/pending-listing";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation.pending" });
  return { title: t("title") };
}

/** Submitted listings waiting for approval: the first thing a moderator sees. */
export default async function PendingListingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireModerator("/beheer/moderatie");
  const [t, dashboard, listings, counts] = await Promise.all([
    getTranslations("Moderation.pending"),
    getTranslations("Moderation.dashboard"),
    pendingListings(),
    moderationCounts(),
  ]);
  return (
    <section aria-labelledby="aanmeldingen">
      <Heading2 id="aanmeldingen">{t("title")}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>
      {listings.length === 0 && <Paragraph>{t("none")}</Paragraph>}
      {counts.pending > listings.length && <Paragraph>{dashboard("partial", { shown: MODERATION_LIST_LIMIT, total: counts.pending })}</Paragraph>}
      <ul className="moderation-list">
        {listings.map((listing) => (
          <PendingListingItem key={listing.id} listing={listing} />
        ))}
      </ul>
    </section>
  );
}
