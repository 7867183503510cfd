// An HSDS location with its address and accessibility, shared by services, service-at-locations
// and organisations. `transportation` is translatable (ADR 0012); `text_languages` says which
// language it is in.
import type { Location, LocationTranslation } from "../generated/prisma/client";
import { rowFor, shownText } from "../organisations/listing-language";
import { hsdsId } from "./ids";

const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

export type HsdsLocationRow = Location & { translations: Pick<LocationTranslation, "locale" | "transportation">[] };

export function toHsdsLocation(loc: HsdsLocationRow, locale: string) {
  const transportation = shownText(loc.transportation, rowFor(loc.translations, locale)?.transportation, locale);
  const locationId = hsdsId("location", loc.id);
  return {
    id: locationId,
    location_type: "physical" as const,
    name: loc.name,
    description: optional(loc.description),
    transportation: optional(transportation.text),
    text_languages: { transportation: transportation.lang },
    latitude: loc.latitude,
    longitude: loc.longitude,
    external_identifier: optional(loc.buurtCode),
    external_identifier_type: loc.buurtCode ? "cbs_buurtcode" : undefined,
    addresses: [
      {
        id: hsdsId("address", loc.id),
        location_id: locationId,
        address_1: loc.address1,
        city: loc.city,
        state_province: "Utrecht",
        postal_code: loc.postalCode,
        country: "NL",
        address_type: "physical" as const,
      },
    ],
    accessibility: loc.accessibility.map((feature) => ({
      id: hsdsId("accessibility", `${loc.id}:${feature}`),
      location_id: locationId,
      description: feature.toLowerCase().replaceAll("_", " "),
      details: optional(loc.accessibilityNote),
    })),
  };
}
