"use client";
// Adding an exception: a closed period, or other hours for some days.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectInput, TextInput } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { addException } from "@/lib/listings/exception-actions";
import { EXCEPTION_FIELDS, exceptionSchema } from "@/lib/listings/exception-schema";

const LABEL_KEYS = { startDate: "startDate", endDate: "endDate", kind: "kind", opensAt: "opensAt", closesAt: "closesAt", reason: "reasonField" } as const;

export function ExceptionForm({ serviceId, serviceAtLocationId, locationName }: { serviceId: string; serviceAtLocationId: string; locationName: string }) {
  const t = useTranslations("HoursEditor.exceptions");
  const labels = Object.fromEntries(EXCEPTION_FIELDS.map((field) => [field, t(LABEL_KEYS[field])]));
  return (
    <ActionForm action={addException} schema={exceptionSchema} labels={labels} resetOnSuccess className="manage-form hours-exception-form" aria-label={`${t("addHeading")}: ${locationName}`}>
      <HiddenField name="serviceId" value={serviceId} />
      <HiddenField name="serviceAtLocationId" value={serviceAtLocationId} />
      <div className="hours-exception-form__row">
        <TextInput name="startDate" type="date" label={t("startDate")} required />
        <TextInput name="endDate" type="date" label={t("endDate")} description={t("endDateHint")} />
      </div>
      <SelectInput
        name="kind"
        label={t("kind")}
        required
        defaultValue="CLOSED"
        options={[
          { value: "CLOSED", label: t("kindCLOSED") },
          { value: "SPECIAL_HOURS", label: t("kindSPECIAL_HOURS") },
        ]}
      />
      <div className="hours-exception-form__row">
        <TextInput name="opensAt" type="time" label={t("opensAt")} description={t("timesHint")} />
        <TextInput name="closesAt" type="time" label={t("closesAt")} description={t("timesHint")} />
      </div>
      <TextInput name="reason" label={t("reasonField")} description={t("reasonHint")} maxLength={200} />
      <div>
        <SubmitButton>{t("add")}</SubmitButton>
      </div>
    </ActionForm>
  );
}
