"use client";
// Where the address is: "Zoek adres op" asks our own server (/api/v1/geocode, which asks PDOK),
// a click or drag on the map sets the pin, and the two coordinate fields carry the point in the
// form — so it also works without the map, and without JavaScript the server looks it up.
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Paragraph, Textbox } from "@utrecht/component-library-react";
import { useFieldState } from "@/components/forms/form-state";
import type { TileConfig } from "@/components/detail-map/types";
import { PinMap } from "./pin-map";
import type { Point } from "./leaflet-pin-map";

export type Coordinates = { lat: string; lng: string };

type Props = {
  tiles: TileConfig;
  buurtNames: Record<string, string>;
  coordinates: Coordinates;
  onCoordinates: (coordinates: Coordinates) => void;
  /**
   * Counts edits of the street or postcode. The form clears the point on each: the old one may
   * be wrong now. A message from before the last edit is no longer shown.
   */
  addressEdits: number;
};

type Status = (
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "found"; label: string; buurt: string | null }
  | { kind: "message"; key: "notFound" | "unavailable" | "tooMany" | "needsAddress" | "pinMoved" | "addressChanged"; alert?: boolean }
) & { at?: number };

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function CoordinateField({ name, label, value, onChange }: { name: "latitude" | "longitude"; label: string; value: string; onChange: (value: string) => void }) {
  const field = useFieldState(name);
  return (
    <FormField
      invalid={Boolean(field.error)}
      label={<FormLabel htmlFor={field.id}>{label}</FormLabel>}
      errorMessage={field.error ? <FormFieldErrorMessage id={`${field.id}-fout`}>{field.error}</FormFieldErrorMessage> : undefined}
      input={
        <Textbox
          id={field.id}
          name={name}
          inputMode="decimal"
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          invalid={Boolean(field.error)}
          aria-invalid={field.error ? true : undefined}
          aria-describedby={field.error ? `${field.id}-fout` : undefined}
          autoComplete="off"
        />
      }
    />
  );
}

export function PlacePicker({ tiles, buurtNames, coordinates, onCoordinates, addressEdits }: Props) {
  const t = useTranslations("Listing.locations");
  const [latest, setLatest] = useState<Status>({ kind: "idle" });
  const setStatus = (next: Status) => setLatest({ ...next, at: addressEdits });
  const status: Status = latest.at === addressEdits || addressEdits === 0 ? latest : { kind: "message", key: "addressChanged" };
  const latitude = useFieldState("latitude");
  const longitude = useFieldState("longitude");
  const hasError = Boolean(latitude.error || longitude.error);
  const { lat, lng } = coordinates;

  const point = lat.trim() !== "" && lng.trim() !== "" && Number.isFinite(Number(lat)) && Number.isFinite(Number(lng)) ? { lat: Number(lat), lng: Number(lng) } : null;

  const pick = useCallback(
    (picked: Point) => {
      onCoordinates({ lat: String(round(picked.lat)), lng: String(round(picked.lng)) });
      setLatest({ kind: "message", key: "pinMoved", at: addressEdits });
    },
    [onCoordinates, addressEdits],
  );

  async function lookUp(event: React.MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    const value = (name: string) => String((form?.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "").trim();
    const address = value("address1");
    if (address.length < 2) {
      setStatus({ kind: "message", key: "needsAddress", alert: true });
      return;
    }
    setStatus({ kind: "busy" });
    try {
      const query = [address, value("postalCode").replace(/\s+/g, "")].filter(Boolean).join(" ").slice(0, 100);
      const response = await fetch(`/api/v1/geocode?q=${encodeURIComponent(query)}`, { headers: { accept: "application/json" } });
      if (response.status === 404 || response.status === 400) {
        setStatus({ kind: "message", key: "notFound", alert: true });
        return;
      }
      if (response.status === 429) {
        setStatus({ kind: "message", key: "tooMany", alert: true });
        return;
      }
      if (!response.ok) throw new Error(String(response.status));
      const found = (await response.json()) as { label: string; lat: number; lng: number; buurtCode: string | null };
      onCoordinates({ lat: String(round(found.lat)), lng: String(round(found.lng)) });
      setStatus({ kind: "found", label: found.label, buurt: (found.buurtCode && buurtNames[found.buurtCode]) || null });
    } catch {
      setStatus({ kind: "message", key: "unavailable", alert: true });
    }
  }

  return (
    <Fieldset className="place-picker">
      <FieldsetLegend>{t("place")}</FieldsetLegend>
      <FormFieldDescription>{t("placeHint")}</FormFieldDescription>
      <div className="manage-actions">
        <Button type="button" appearance="secondary-action-button" onClick={lookUp} busy={status.kind === "busy"} disabled={status.kind === "busy"}>
          {status.kind === "busy" ? t("lookingUp") : t("lookup")}
        </Button>
      </div>
      <div aria-live="polite" className="place-picker__status">
        {status.kind === "found" && <Paragraph>{status.buurt ? t("foundBuurt", { label: status.label, buurt: status.buurt }) : t("found", { label: status.label })}</Paragraph>}
        {status.kind === "message" && <Paragraph className={status.alert ? "place-picker__status--problem" : undefined}>{t(status.key)}</Paragraph>}
      </div>
      <PinMap tiles={tiles} point={point} onPick={pick} label={t("mapLabel")} pinTitle={t("pinTitle")} />
      <details className="place-picker__coordinates" open={hasError || undefined}>
        <summary>{t("coordinates")}</summary>
        <div className="place-picker__fields">
          <CoordinateField name="latitude" label={t("latitude")} value={lat} onChange={(value) => onCoordinates({ lat: value, lng })} />
          <CoordinateField name="longitude" label={t("longitude")} value={lng} onChange={(value) => onCoordinates({ lat, lng: value })} />
        </div>
      </details>
    </Fieldset>
  );
}
