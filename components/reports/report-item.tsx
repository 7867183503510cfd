// One report as coordinators and moderators see it: when, what about, the visitor's words,
// and either a form to close it or how it was closed.
import { getFormatter, getTranslations } from "next-intl/server";
import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from "@utrecht/component-library-react";
import type { ReportStatus, ReportTopic } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { ResolveReportForm } from "./resolve-report-form";

export type ReportItemData = {
  id: string;
  topic: ReportTopic;
  message: string;
  status: ReportStatus;
  createdAt: Date;
  resolutionNote?: string | null;
  resolvedAt?: Date | null;
  resolvedBy?: { name: string | null; email: string } | null;
  organization?: { id: string; name: string };
};

export async function ReportItem({ report, canDismiss }: { report: ReportItemData; canDismiss: boolean }) {
  const [t, topics, format] = await Promise.all([getTranslations("Moderation.reports"), getTranslations("Moderation.report.topics"), getFormatter()]);
  const received = format.dateTime(report.createdAt, { dateStyle: "long", timeStyle: "short" });
  const status = t(`status.${report.status}`);
  return (
    <li className="report-item">
      <DataList className="report-item__facts">
        {report.organization && (
          <DataListItem>
            <DataListKey>{t("listingLabel")}</DataListKey>
            <DataListValue>
              <Link href={`/beheer/organisaties/${report.organization.id}`}>
                {report.organization.name}
              </Link>
            </DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t("topicLabel")}</DataListKey>
          <DataListValue>{topics(report.topic)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t("messageLabel")}</DataListKey>
          <DataListValue>
            <span className="report-item__message">{report.message}</span>
          </DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph className="report-item__meta">{t("received", { date: received })}</Paragraph>
      {report.status === "OPEN" ? (
        <ResolveReportForm reportId={report.id} canDismiss={canDismiss} formLabel={t("formLabel", { date: received })} />
      ) : (
        <>
          <Paragraph className="report-item__meta">
            <strong>
              {report.resolvedAt && report.resolvedBy
                ? t("handledBy", { status, name: report.resolvedBy.name ?? report.resolvedBy.email, date: format.dateTime(report.resolvedAt, { dateStyle: "long" }) })
                : report.resolvedAt
                  ? t("handledAt", { status, date: format.dateTime(report.resolvedAt, { dateStyle: "long" }) })
                  : status}
            </strong>
          </Paragraph>
          {report.resolutionNote && (
            <Paragraph className="report-item__meta">
              {t("noteLabel")}: {report.resolutionNote}
            </Paragraph>
          )}
        </>
      )}
    </li>
  );
}
