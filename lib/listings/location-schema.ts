// The address form: one schema for the form in the browser and the actions. A location may be
// shared by several organisations (a hub such as NOA in Overvecht), so the address fields
// belong to the place, and the link belongs to the organisation.
import { z } from "zod";
import { checkboxList, id, optionalText, requiredText, version } from "../forms/fields";
import { parsePostcodeQuery } from "../geo/postcode";

export const ACCESSIBILITY_FEATURES = [
  "WHEELCHAIR",
  "STEP_FREE_ENTRANCE",
  "LIFT",
  "ACCESSIBLE_TOILET",
  "HEARING_LOOP",
  "DISABLED_PARKING",
  "QUIET_ROOM",
] as const;

/** "3563cj", "3563 cj" → "3563 CJ", the way Dutch addresses are written; null when it is no postcode. */
export function normalisePostcode(input: string): string | null {
  const parsed = parsePostcodeQuery(input);
  if (!parsed || parsed.houseNumber !== undefined) return null;
  return `${parsed.postcode.slice(0, 4)} ${parsed.postcode.slice(4)}`;
}

const postalCode = z
  .string()
  .trim()
  .min(1, "required")
  .transform((value, ctx) => {
    const normalised = normalisePostcode(value);
    if (!normalised) {
      ctx.addIssue({ code: "custom", message: "postalCode" });
      return z.NEVER;
    }
    return normalised;
  });

/** A coordinate from a number field: empty is "not known yet" (the server then looks the address up). */
function coordinate(min: number, max: number) {
  return z.preprocess(
    (value) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value),
    z.coerce.number("invalid").min(min, "invalid").max(max, "invalid").nullable(),
  );
}

export const locationSchema = z
  .object({
    organizationId: id,
    /** Absent for a new address. */
    locationId: z.preprocess((value) => (value === "" ? undefined : value), id.optional()),
    version: z.preprocess((value) => (value === "" ? undefined : value), version.optional()),
    name: requiredText(120),
    address1: requiredText(120),
    postalCode,
    city: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? "Utrecht" : (value ?? "Utrecht")), requiredText(80)),
    description: optionalText(1000),
    accessibility: checkboxList([...ACCESSIBILITY_FEATURES]),
    accessibilityNote: optionalText(500),
    transportation: optionalText(500),
    latitude: coordinate(-90, 90),
    longitude: coordinate(-180, 180),
  })
  .superRefine((value, ctx) => {
    // Both or neither: half a point is no place.
    if ((value.latitude === null) !== (value.longitude === null)) {
      ctx.addIssue({ code: "custom", message: "required", path: [value.latitude === null ? "latitude" : "longitude"] });
    }
  });

export type LocationInput = z.output<typeof locationSchema>;

export const unlinkLocationSchema = z.object({
  organizationId: id,
  locationId: id,
  version,
});

/** The fields of the form, in the order the history and conflict screens show them. */
export const LOCATION_FIELDS = [
  "name",
  "address1",
  "postalCode",
  "city",
  "description",
  "accessibility",
  "accessibilityNote",
  "transportation",
  "latitude",
  "longitude",
] as const;
