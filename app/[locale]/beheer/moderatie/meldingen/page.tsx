import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { requireModerator } from "@/lib/auth/session";
import { moderationCounts, openReports, MODERATION_LIST_LIMIT } from "@/lib/moderation/queries";
import { ReportItem } from "@/components/reports/report-item";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Moderation.reports" });
  return { title: t("title") };
}

/** Open reports from visitors across all listings, the oldest first. */
export default async function OpenReportsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireModerator("/beheer/moderatie/meldingen");
  const [t, dashboard, reports, counts] = await Promise.all([
    getTranslations("Moderation.reports"),
    getTranslations("Moderation.dashboard"),
    openReports(),
    moderationCounts(),
  ]);
  return (
    <section aria-labelledby="open-meldingen">
      <Heading2 id="open-meldingen">{t("openTitle", { count: counts.reports })}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>
      {reports.length === 0 && <Paragraph>{t("noneOpen")}</Paragraph>}
      {counts.reports > reports.length && <Paragraph>{dashboard("partial", { shown: MODERATION_LIST_LIMIT, total: counts.reports })}</Paragraph>}
      <ul className="report-list">
        {reports.map((report) => (
          <ReportItem key={report.id} report={{ ...report, status: "OPEN" }} canDismiss />
        ))}
      </ul>
    </section>
  );
}
