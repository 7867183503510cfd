// Maps our records onto Open Referral HSDS 3.0 objects, so other social maps and the
// gemeente can reuse the data. Tests validate the output against the HSDS JSON Schemas.
import type { Schedule } from "../generated/prisma/client";
import { hsdsId } from "./ids";
import { toHsdsLocation, type HsdsLocationRow } from "./location-export";
import type { HsdsServiceRow } from "./service-include";
import { accessTerm, categoryTerm, phaseTerm } from "./taxonomies";
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

/** An opening-hours rule as an HSDS schedule: iCalendar RRULE fields (freq, byday, wkst). */
export function toHsdsSchedule(row: Schedule, serviceId: string, locationId: string, salId: string) {
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

type SalRow = { id: string; description: string | null; location: HsdsLocationRow; schedules: Schedule[] };

/** One service at one location; `full` adds its schedules and location (HSDA's nested form). */
export function toHsdsServiceAtLocation(sal: SalRow, serviceKey: string, locale: string, full = true) {
  const base = {
    id: hsdsId("service_at_location", sal.id),
    service_id: hsdsId("service", serviceKey),
    location_id: hsdsId("location", sal.location.id),
    description: optional(sal.description),
  };
  if (!full) return base;
  return {
    ...base,
    schedules: sal.schedules.map((s) => toHsdsSchedule(s, serviceKey, sal.location.id, sal.id)),
    location: toHsdsLocation(sal.location, locale),
  };
}

/**
 * When anything an HSDS service shows last changed: the service, its organisation or one of its
 * locations (schedules change with a listing edit, which updates the service). `modified_after`
 * filters on the same three.
 */
export function lastModified(row: { updatedAt: Date; organization: { updatedAt: Date }; locations: { location: { updatedAt: Date } }[] }): string {
  const times = [row.updatedAt, row.organization.updatedAt, ...row.locations.map((l) => l.location.updatedAt)].map((d) => d.getTime());
  return new Date(Math.max(...times)).toISOString();
}

/** The one-to-one fields of a service (HSDA's list form without `full`). */
function serviceFields(row: HsdsServiceRow, locale: string) {
  const translation = rowFor(row.translations, locale);
  const description = shownText(row.description, translation?.description, locale);
  const eligibility = shownText(row.eligibility, translation?.eligibility, locale);
  return {
    id: hsdsId("service", row.id),
    organization_id: hsdsId("organization", row.organization.id),
    name: row.name,
    description: description.text,
    url: optional(row.url),
    email: optional(row.email),
    status: STATUS[row.status],
    eligibility_description: optional(eligibility.text),
    fees_description: row.isFree ? "Gratis" : optional(row.costNote),
    application_process: row.noRegistration ? "Geen aanmelding nodig: je kunt zo binnenlopen." : undefined,
    wait_time: row.capacity === "WAITING_LIST" ? (row.capacityNote ?? "Er is een wachtlijst.") : undefined,
    last_modified: lastModified(row),
    text_languages: { description: description.lang, eligibility_description: eligibility.lang },
  };
}

/**
 * `locale`: the language of the translatable texts (ADR 0012) — a service's description and
 * eligibility, its organisation's description, each location's transportation. Each object
 * with such a text says in `text_languages` (an extension; HSDS has no field for it) which
 * language each is in: the locale's when translated, else "nl". Other texts are Dutch.
 * `full` false: only the one-to-one fields.
 */
export function toHsdsService(row: HsdsServiceRow, locale = "nl", full = true) {
  const fields = serviceFields(row, locale);
  if (!full) return fields;
  const org = row.organization;
  const serviceId = fields.id;
  const orgDescription = shownText(org.description, rowFor(org.translations, locale)?.description, locale);
  const attribute = <T extends { id: string }>(key: string, value: string, term: T) => ({
    id: hsdsId("attribute", `${row.id}:${key}`),
    link_id: serviceId,
    link_type: "service",
    link_entity: "service",
    taxonomy_term_id: term.id,
    value,
    taxonomy_term: term,
  });
  return {
    ...fields,
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
    // The area a service works in, as CBS wijk or buurt codes (extent_type "cbs_code").
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
    service_at_locations: row.locations.map((sal) => toHsdsServiceAtLocation(sal, row.id, locale)),
    attributes: [
      ...row.categories.map(({ category }) => attribute(`category:${category.slug}`, category.slug, categoryTerm(category))),
      ...row.phases.map((phase) => attribute(`phase:${phase}`, phase.toLowerCase(), phaseTerm(phase))),
      ...row.accessModes.map((mode) => attribute(`access:${mode}`, mode.toLowerCase().replaceAll("_", "-"), accessTerm(mode))),
    ],
  };
}

export type HsdsService = ReturnType<typeof toHsdsService>;
