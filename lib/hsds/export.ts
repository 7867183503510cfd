// Maps our records onto Open Referral HSDS 3.0 objects, so other social maps and the
// gemeente can reuse the data. Tests validate the output against the HSDS JSON Schemas.
import type { Schedule } from "../generated/prisma/client";
import { hsdsId } from "./ids";
import type { HsdsServiceRow } from "./service-include";
import { rowFor, shownText } from "../organisations/listing-language";

const STATUS = { ACTIVE: "active", TEMPORARILY_CLOSED: "temporarily closed", INACTIVE: "inactive" } as const;

const languageNames = new Intl.DisplayNames(["nl"], { type: "language" });

function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const optional = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

function isoDate(value: Date | null): string | undefined {
  return value ? value.toISOString().slice(0, 10) : undefined;
}

function schedule(row: Schedule, serviceId: string, locationId: string, salId: string) {
  return {
    id: hsdsId("schedule", row.id),
    service_id: hsdsId("service", serviceId),
    location_id: hsdsId("location", locationId),
    service_at_location_id: hsdsId("service_at_location", salId),
    freq: row.freq,
    wkst: "MO" as const,
    // HSDS/iCal: a monthly rule names the occurrence, e.g. "1SA" = the first Saturday.
    byday: row.freq === "MONTHLY" && row.weekOfMonth ? `${row.weekOfMonth}${row.byDay}` : row.byDay,
    opens_at: row.opensAt,
    closes_at: row.closesAt,
    valid_from: isoDate(row.validFrom),
    valid_to: isoDate(row.validTo),
    description: optional(row.description),
    // Wall-clock times in the Netherlands; a fixed UTC offset would be wrong half the year.
    notes: "Tijden in Europe/Amsterdam (lokale tijd).",
  };
}

/**
 * `locale`: the language of the translatable texts (ADR 0012) — a service's description and
 * eligibility, its organisation's description, each location's transportation. Each object
 * with such a text says in `text_languages` (an extension; HSDS has no field for it) which
 * language each is in: the locale's when translated, else "nl". Other texts are Dutch.
 */
export function toHsdsService(row: HsdsServiceRow, locale = "nl") {
  const org = row.organization;
  const serviceId = hsdsId("service", row.id);
  const translation = rowFor(row.translations, locale);
  const description = shownText(row.description, translation?.description, locale);
  const eligibility = shownText(row.eligibility, translation?.eligibility, locale);
  const orgDescription = shownText(org.description, rowFor(org.translations, locale)?.description, locale);
  return {
    id: serviceId,
    organization_id: hsdsId("organization", org.id),
    name: row.name,
    description: description.text,
    url: optional(row.url),
    email: optional(row.email),
    status: STATUS[row.status],
    eligibility_description: optional(eligibility.text),
    fees_description: row.isFree ? "Gratis" : optional(row.costNote),
    application_process: row.noRegistration ? "Geen aanmelding nodig: je kunt zo binnenlopen." : undefined,
    wait_time: row.capacity === "WAITING_LIST" ? (row.capacityNote ?? "Er is een wachtlijst.") : undefined,
    last_modified: row.updatedAt.toISOString(),
    text_languages: { description: description.lang, eligibility_description: eligibility.lang },
    organization: {
      id: hsdsId("organization", org.id),
      name: org.name,
      alternate_name: optional(org.alternateName),
      description: orgDescription.text,
      text_languages: { description: orgDescription.lang },
      email: optional(org.email),
      website: optional(org.website),
    },
    phones: row.phone ? [{ id: hsdsId("phone", row.id), service_id: serviceId, number: row.phone }] : [],
    languages: row.languages.map((code) => ({ id: hsdsId("language", `${row.id}:${code}`), service_id: serviceId, code, name: languageName(code) })),
    service_areas: row.areas.map((area) => {
      const place = area.buurt ?? area.wijk;
      return {
        id: hsdsId("service_area", area.id),
        service_id: serviceId,
        name: place?.name,
        description: area.buurt ? "buurt" : "wijk",
        extent_type: "cbs_code",
        extent: place?.code,
      };
    }),
    service_at_locations: row.locations.map((sal) => {
      const loc = sal.location;
      const transportation = shownText(loc.transportation, rowFor(loc.translations, locale)?.transportation, locale);
      return {
        id: hsdsId("service_at_location", sal.id),
        service_id: serviceId,
        location_id: hsdsId("location", loc.id),
        description: optional(sal.description),
        schedules: sal.schedules.map((s) => schedule(s, row.id, loc.id, sal.id)),
        location: {
          id: hsdsId("location", loc.id),
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
              location_id: hsdsId("location", loc.id),
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
            location_id: hsdsId("location", loc.id),
            description: feature.toLowerCase().replaceAll("_", " "),
            details: optional(loc.accessibilityNote),
          })),
        },
      };
    }),
    attributes: [
      ...row.categories.map(({ category }) => ({
        id: hsdsId("attribute", `${row.id}:category:${category.slug}`),
        link_id: serviceId,
        link_type: "service",
        link_entity: "service",
        taxonomy_term_id: hsdsId("taxonomy_term", category.id),
        value: category.slug,
        taxonomy_term: { id: hsdsId("taxonomy_term", category.id), code: category.slug, name: category.name, description: category.description ?? category.name, taxonomy: category.taxonomy },
      })),
      ...row.phases.map((phase) => ({
        id: hsdsId("attribute", `${row.id}:phase:${phase}`),
        link_id: serviceId,
        link_type: "service",
        link_entity: "service",
        value: phase.toLowerCase(),
        taxonomy_term: { id: hsdsId("taxonomy_term", `phase:${phase}`), code: phase.toLowerCase(), name: phase.toLowerCase(), description: "Fase in de schuldhulp", taxonomy: "schuldhulp-fasen-utrecht" },
      })),
    ],
  };
}

export type HsdsService = ReturnType<typeof toHsdsService>;
