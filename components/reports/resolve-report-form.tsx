"use client";
// Closing one report. Coordinators mark it resolved; moderators may also decide not to take
// it over, and then must write why.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, TextArea } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { resolveReport, settleReport } from "@/lib/reports/resolve-actions";
import { resolveReportSchema, settleReportSchema } from "@/lib/reports/resolve-schema";
import { RadioGroup } from "./radio-group";

type Props = { reportId: string; formLabel: string; canDismiss: boolean };

export function ResolveReportForm({ reportId, formLabel, canDismiss }: Props) {
  const t = useTranslations("Moderation.reports");
  const labels = { note: t("note"), outcome: t("outcome") };
  if (!canDismiss) {
    return (
      <ActionForm action={resolveReport} schema={resolveReportSchema} labels={labels} className="manage-form report-resolve" aria-label={formLabel} flashOnSuccess>
        <HiddenField name="reportId" value={reportId} />
        <TextArea name="note" label={t("note")} description={t("noteHint")} rows={2} maxLength={1000} />
        <div>
          <SubmitButton appearance="secondary-action-button">{t("resolve")}</SubmitButton>
        </div>
      </ActionForm>
    );
  }
  return (
    <ActionForm action={settleReport} schema={settleReportSchema} labels={labels} className="manage-form report-resolve" aria-label={formLabel} flashOnSuccess>
      <HiddenField name="reportId" value={reportId} />
      <RadioGroup
        name="outcome"
        legend={t("outcome")}
        defaultValue="RESOLVED"
        options={(["RESOLVED", "DISMISSED"] as const).map((value) => ({ value, label: t(`outcome${value}`) }))}
      />
      <TextArea name="note" label={t("note")} description={`${t("noteHint")} ${t("noteRequiredHint")}`} rows={2} maxLength={1000} />
      <div>
        <SubmitButton appearance="secondary-action-button">{t("settle")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
