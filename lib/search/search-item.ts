// The API's view of one matching item: the candidate plus the page details (texts, address,
// all hours for the open state).
import { openState } from "../hours";
import type { Candidate } from "./candidate";
import type { HoursTexts } from "./hours-rows";
import { openInfo } from "./open-now";
import type { PageDetails } from "./page-details";
import type { ReferenceData } from "./reference-data";
import type { SearchItem } from "./types";

export function toItem(c: Candidate, details: PageDetails, ref: ReferenceData, now: Date, hours: HoursTexts): SearchItem | null {
  const { row } = c;
  const service = details.services.get(row.serviceId);
  // Deleted between the two queries: leave it out rather than show half an item.
  if (!service) return null;
  const place = row.serviceAtLocationId ? details.places.get(row.serviceAtLocationId) : undefined;
  return {
    id: c.id,
    service: {
      id: row.serviceId,
      slug: service.slug,
      name: row.serviceName,
      description: service.description,
      categories: c.categories.flatMap((slug) => {
        const category = ref.categoryBySlug.get(slug);
        return category ? [{ slug, name: category.name, nameEn: category.nameEn }] : [];
      }),
      phases: [...c.phases],
      accessModes: [...c.accessModes],
      languages: [...c.languages],
      eligibility: service.eligibility,
      isFree: row.isFree,
      costNote: service.costNote,
      noRegistration: row.noRegistration,
      capacity: service.capacity,
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
            buurt: c.buurt,
            wijk: c.wijk,
          }
        : null,
    // The page's items get their full hours from the details query: the matching query only
    // returned the weekdays that "open now" needs.
    open: openInfo(place ? openState(now, hours.rulesOf(place.rules), hours.exceptionsOf(place.exceptions)) : { status: "unknown" }),
    distance: c.distance,
  };
}
