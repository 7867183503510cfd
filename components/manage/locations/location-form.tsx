"use client";
// Adding or changing an address. On a shared address the form says first that a change
// applies to every organisation there.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Paragraph } from "@utrecht/component-library-react";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxGroup, HiddenField, TextArea, TextInput, VersionField } from "@/components/forms/fields";
import { SubmitButton } from "@/components/forms/submit-button";
import type { TileConfig } from "@/components/detail-map/types";
import { Link, useRouter } from "@/lib/i18n/navigation";
import { saveLocation } from "@/lib/listings/location-actions";
import { ACCESSIBILITY_FEATURES, LOCATION_FIELDS, locationSchema } from "@/lib/listings/location-schema";
import { PlacePicker, type Coordinates } from "./place-picker";

export type LocationFormValues = {
  id: string;
  version: number;
  name: string;
  address1: string;
  postalCode: string;
  city: string;
  description: string | null;
  accessibility: string[];
  accessibilityNote: string | null;
  transportation: string | null;
  latitude: number;
  longitude: number;
};

type Props = {
  organisationId: string;
  location?: LocationFormValues;
  sharedWith?: string[];
  tiles: TileConfig;
  buurtNames: Record<string, string>;
};

export function LocationForm({ organisationId, location, sharedWith = [], tiles, buurtNames }: Props) {
  const t = useTranslations("Listing.locations");
  const terms = useTranslations("Terms.accessibility");
  const router = useRouter();
  const [addressEdits, setAddressEdits] = useState(0);
  const [coordinates, setCoordinates] = useState<Coordinates>(location ? { lat: String(location.latitude), lng: String(location.longitude) } : { lat: "", lng: "" });
  const labels = Object.fromEntries(LOCATION_FIELDS.map((field) => [field, t(field)]));
  const list = `/beheer/organisaties/${organisationId}/adressen`;

  function onAddressInput(event: React.FormEvent<HTMLDivElement>) {
    const name = (event.target as HTMLInputElement).name;
    if (name !== "address1" && name !== "postalCode") return;
    // A new street or postcode makes the old point doubtful: look it up again, or the server will.
    setCoordinates({ lat: "", lng: "" });
    setAddressEdits((n) => n + 1);
  }

  return (
    <ActionForm
      action={saveLocation}
      schema={locationSchema}
      labels={labels}
      className="manage-form"
      aria-label={location ? t("editTitle") : t("newTitle")}
      // A new address goes back to the list; a changed one stays, with its message.
      onSuccess={location ? undefined : () => router.push(`${list}?melding=toegevoegd`)}
    >
      {sharedWith.length > 0 && (
        <Alert type="warning" role="note">
          <Paragraph>{t("sharedWarning", { names: sharedWith.join(", ") })}</Paragraph>
        </Alert>
      )}
      <HiddenField name="organizationId" value={organisationId} />
      {location && <HiddenField name="locationId" value={location.id} />}
      {location && <VersionField version={location.version} />}
      <TextInput name="name" label={t("name")} description={t("nameHint")} required defaultValue={location?.name} maxLength={120} />
      <div onInput={onAddressInput} className="manage-form">
        <TextInput name="address1" label={t("address1")} description={t("address1Hint")} required defaultValue={location?.address1} maxLength={120} autoComplete="off" />
        <TextInput name="postalCode" label={t("postalCode")} description={t("postalCodeHint")} required defaultValue={location?.postalCode} maxLength={7} autoComplete="off" className="location-form__postcode" />
      </div>
      <TextInput name="city" label={t("city")} required defaultValue={location?.city ?? "Utrecht"} maxLength={80} />
      <PlacePicker tiles={tiles} buurtNames={buurtNames} coordinates={coordinates} onCoordinates={setCoordinates} addressEdits={addressEdits} />
      <TextArea name="description" label={t("description")} description={t("descriptionHint")} defaultValue={location?.description} rows={3} maxLength={1000} />
      <CheckboxGroup
        name="accessibility"
        legend={t("accessibility")}
        description={t("accessibilityHint")}
        options={ACCESSIBILITY_FEATURES.map((value) => ({ value, label: terms(value) }))}
        defaultValues={location?.accessibility}
      />
      <TextArea name="accessibilityNote" label={t("accessibilityNote")} defaultValue={location?.accessibilityNote} rows={2} maxLength={500} />
      <TextArea name="transportation" label={t("transportation")} description={t("transportationHint")} defaultValue={location?.transportation} rows={2} maxLength={500} />
      <div className="manage-actions">
        <SubmitButton />
        <Link href={list}>{location ? t("back") : t("cancel")}</Link>
      </div>
    </ActionForm>
  );
}
