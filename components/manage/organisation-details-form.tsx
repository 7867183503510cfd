"use client";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { HiddenField, SelectInput, TextArea, TextInput, VersionField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { saveOrganisationDetails } from "@/lib/listings/organisation-actions";
import { organisationDetailsSchema, ORGANISATION_FIELDS } from "@/lib/listings/organisation-schema";
import type { EditableOrganisation } from "@/lib/listings/manage-queries";

export function OrganisationDetailsForm({ organisation }: { organisation: EditableOrganisation }) {
  const t = useTranslations("Manage.organisation");
  const labels = Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, t(field)]));
  return (
    <ActionForm action={saveOrganisationDetails} schema={organisationDetailsSchema} labels={labels} className="manage-form" aria-label={t("formTitle")}>
      <HiddenField name="organizationId" value={organisation.id} />
      <VersionField version={organisation.version} />
      <TextInput name="name" label={t("name")} required defaultValue={organisation.name} maxLength={120} />
      <TextInput name="alternateName" label={t("alternateName")} defaultValue={organisation.alternateName} maxLength={120} />
      <TextArea name="description" label={t("description")} description={t("descriptionHint")} required defaultValue={organisation.description} rows={6} />
      <SelectInput
        name="kind"
        label={t("kind")}
        required
        defaultValue={organisation.kind}
        options={[
          { value: "INFORMAL", label: t("kindInformal") },
          { value: "FORMAL", label: t("kindFormal") },
        ]}
      />
      <SelectInput
        name="track"
        label={t("track")}
        required
        defaultValue={organisation.track}
        options={(["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"] as const).map((value) => ({ value, label: t(`track${value}`) }))}
      />
      <TextInput name="website" label={t("website")} type="url" defaultValue={organisation.website} inputMode="url" />
      <TextInput name="email" label={t("email")} type="email" defaultValue={organisation.email} autoComplete="off" />
      <TextInput name="phone" label={t("phone")} type="tel" defaultValue={organisation.phone} />
      <TextInput name="whatsapp" label={t("whatsapp")} type="tel" defaultValue={organisation.whatsapp} />
      <div>
        <SubmitButton />
      </div>
    </ActionForm>
  );
}
