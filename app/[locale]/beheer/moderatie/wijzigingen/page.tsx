import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireModerator } from "@/lib/auth/session";
import { recentChanges, RECENT_CHANGES_LIMIT } from "@/lib/moderation/queries";
import { RecentChangesTable } from "@/components/moderation/recent-changes-table";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation.changes" });
  return { title: t("title") };
}

/** The last changes to any listing, each linking to that listing's history. */
export default async function RecentChangesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireModerator("/beheer/moderatie/wijzigingen");
  const [t, changes] = await Promise.all([getTranslations("Moderation.changes"), recentChanges()]);
  return (
    <section aria-labelledby="wijzigingen">
      <Heading2 id="wijzigingen">{t("title")}</Heading2>
      <Paragraph>{t("lead", { count: RECENT_CHANGES_LIMIT })}</Paragraph>
      {changes.length === 0 ? <Paragraph>{t("none")}</Paragraph> : <RecentChangesTable changes={changes} labelledBy="wijzigingen" />}
    </section>
  );
}
