// The API's view of one item of the page: the row of the search query plus the page details
// (texts, address, all hours for the open state).
import type { AccessMode, DebtPhase } from "../generated/prisma/enums";
import { openState } from "../hours";
import type { HoursTexts } from "./hours-rows";
import { openInfo } from "./open-now";
import type { PageDetails } from "./page-details";
import type { ReferenceData } from "./reference-data";
import type { PageRow } from "./search-sql";
import type { SearchItem } from "./types";
import { shownText } from "../organisations/listing-language";

/** "a,b" → ["a", "b"]; "" → []. */
export function splitList(value: string | null): string[] {
  return value ? value.split(",") : [];
}

export function toItem(row: PageRow, details: PageDetails, ref: ReferenceData, now: Date, hours: HoursTexts, locale = "nl"): SearchItem | null {
  const service = details.services.get(row.serviceId);
  // Deleted between the two queries: leave it out rather than show half an item.
  if (!service) return null;
  const description = shownText(service.description, service.translatedDescription, locale);
  const eligibility = shownText(service.eligibility, service.translatedEligibility, locale);
  const place = row.serviceAtLocationId ? details.places.get(row.serviceAtLocationId) : undefined;
  const buurt = row.buurtCode ? ref.buurtByCode.get(row.buurtCode) : undefined;
  return {
    id: row.serviceAtLocationId ?? row.serviceId,
    service: {
      id: row.serviceId,
      slug: service.slug,
      name: row.serviceName,
      description: description.text,
      categories: splitList(row.categories).flatMap((slug) => {
        const category = ref.categoryBySlug.get(slug);
        return category ? [{ slug, name: category.name, nameEn: category.nameEn }] : [];
      }),
      phases: splitList(row.phases) as DebtPhase[],
      accessModes: splitList(row.accessModes) as AccessMode[],
      languages: splitList(row.languages),
      eligibility: eligibility.text,
      isFree: row.isFree,
      costNote: service.costNote,
      noRegistration: row.noRegistration,
      capacity: service.capacity,
      textLanguages: { description: description.lang, eligibility: eligibility.lang },
    },
    organization: {
      id: service.organizationId,
      slug: service.organizationSlug,
      name: row.organizationName,
      kind: row.organizationKind,
      track: service.organizationTrack,
      exampleData: service.organizationExampleData,
    },
    location:
      place && row.latitude !== null && row.longitude !== null
        ? {
            id: place.locationId,
            name: place.name,
            address1: place.address1,
            postalCode: place.postalCode,
            city: place.city,
            lat: row.latitude,
            lng: row.longitude,
            buurt: (buurt && ref.buurtAreaByCode.get(buurt.code)) ?? null,
            wijk: (buurt && ref.wijkByCode.get(buurt.wijkCode)) ?? null,
          }
        : null,
    // The full open state (closing time, next opening, reason) comes from the engine on the
    // page's own hours: twenty items, not the whole result.
    open: openInfo(place ? openState(now, hours.rulesOf(place.rules), hours.exceptionsOf(place.exceptions)) : { status: "unknown" }),
    distance: row.distance,
  };
}
