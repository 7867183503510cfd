"use client";
// Adding or changing one service: its own fields, categories and addresses. Opening hours and
// the area have their own pages (linked from the service page).
import { useLocale, useTranslations } from "next-intl";
import { Paragraph } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroup, CheckboxInput, HiddenField, SelectInput, TextArea, TextInput, VersionField, type Option } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { languageName } from "@/lib/organisations/language-names";
import { saveService } from "@/lib/listings/service-actions";
import { ACCESS_MODES, CAPACITY_STATUSES, DEBT_PHASES, SERVICE_FIELDS, SERVICE_LANGUAGES, SERVICE_STATUSES, serviceSchema } from "@/lib/listings/service-schema";
import type { ActionState } from "@/lib/actions/state";

export type ServiceFormValues = {
  id: string;
  version: number;
  name: string;
  description: string;
  status: string;
  categoryIds: string[];
  phases: string[];
  accessModes: string[];
  languages: string[];
  eligibility: string | null;
  isFree: boolean;
  costNote: string | null;
  noRegistration: boolean;
  capacity: string;
  capacityNote: string | null;
  phone: string | null;
  email: string | null;
  url: string | null;
  locationIds: string[];
};

type Props = {
  organisationId: string;
  service?: ServiceFormValues;
  categories: Option[];
  locations: Option[];
};

export function ServiceForm({ organisationId, service, categories, locations }: Props) {
  const t = useTranslations("Listing.services");
  const terms = useTranslations("Terms");
  const locale = useLocale();
  const router = useRouter();
  const labels = Object.fromEntries(SERVICE_FIELDS.map((field) => [field, t(field === "status" ? "statusField" : field)]));
  const list = `/beheer/organisaties/${organisationId}/hulp`;

  function created(state: ActionState<{ serviceId: string } | undefined>) {
    const id = state.status === "success" ? state.data?.serviceId : undefined;
    if (id) router.push(`${list}/${id}?melding=toegevoegd`);
  }

  return (
    <ActionForm
      action={saveService}
      schema={serviceSchema}
      labels={labels}
      className="manage-form"
      aria-label={service ? t("editTitle") : t("newTitle")}
      onSuccess={service ? undefined : created}
    >
      <HiddenField name="organizationId" value={organisationId} />
      {service && <HiddenField name="serviceId" value={service.id} />}
      {service && <VersionField version={service.version} />}
      <TextInput name="name" label={t("name")} description={t("nameHint")} required defaultValue={service?.name} maxLength={120} />
      <TextArea name="description" label={t("description")} description={t("descriptionHint")} required defaultValue={service?.description} rows={6} maxLength={2000} />
      <SelectInput
        name="status"
        label={t("statusField")}
        description={t("statusHint")}
        required
        defaultValue={service?.status ?? "ACTIVE"}
        options={SERVICE_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
      />
      {locations.length > 0 ? (
        <CheckboxGroup name="locationIds" legend={t("locationIds")} description={t("locationIdsHint")} options={locations} defaultValues={service?.locationIds ?? (locations.length === 1 ? [locations[0].value] : [])} />
      ) : (
        <Paragraph>
          {t("noOrganisationLocations")} <Link href={`/beheer/organisaties/${organisationId}/adressen`}>{t("locationIds")}</Link>
        </Paragraph>
      )}
      <CheckboxGroup name="categoryIds" legend={t("categoryIds")} description={t("categoryIdsHint")} options={categories} defaultValues={service?.categoryIds} />
      <CheckboxGroup name="phases" legend={t("phases")} options={DEBT_PHASES.map((value) => ({ value, label: terms(`phase.${value}`) }))} defaultValues={service?.phases} />
      <CheckboxGroup name="accessModes" legend={t("accessModes")} options={ACCESS_MODES.map((value) => ({ value, label: terms(`accessMode.${value}`) }))} defaultValues={service?.accessModes} />
      <CheckboxGroup
        name="languages"
        legend={t("languages")}
        options={SERVICE_LANGUAGES.map((value) => ({ value, label: languageName(value, locale, (code) => (t.has(`languageNames.${code}`) ? t(`languageNames.${code}`) : terms.has(`languageNames.${code}`) ? terms(`languageNames.${code}`) : undefined)) }))}
        defaultValues={service?.languages ?? ["nl"]}
      />
      <TextArea name="eligibility" label={t("eligibility")} description={t("eligibilityHint")} defaultValue={service?.eligibility} rows={2} maxLength={1000} />
      <CheckboxInput name="isFree" label={t("isFree")} defaultChecked={service?.isFree ?? true} />
      <TextInput name="costNote" label={t("costNote")} defaultValue={service?.costNote} maxLength={300} />
      <CheckboxInput name="noRegistration" label={t("noRegistration")} defaultChecked={service?.noRegistration ?? false} />
      <SelectInput
        name="capacity"
        label={t("capacity")}
        required
        defaultValue={service?.capacity ?? "OPEN"}
        options={CAPACITY_STATUSES.map((value) => ({ value, label: terms(`capacity.${value}`) }))}
      />
      <TextInput name="capacityNote" label={t("capacityNote")} description={t("capacityNoteHint")} defaultValue={service?.capacityNote} maxLength={300} />
      <TextInput name="phone" label={t("phone")} description={t("contactHint")} type="tel" defaultValue={service?.phone} />
      <TextInput name="email" label={t("email")} description={t("contactHint")} type="email" defaultValue={service?.email} autoComplete="off" />
      <TextInput name="url" label={t("url")} description={t("contactHint")} type="url" defaultValue={service?.url} inputMode="url" />
      <div className="manage-actions">
        <SubmitButton />
        <Link href={list}>{service ? t("back") : t("cancel")}</Link>
      </div>
    </ActionForm>
  );
}
