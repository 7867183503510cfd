import type { SearchItem } from "@/lib/search/types";

/** A search item with sensible defaults; tests override what they are about. */
export function searchItem(overrides: {
  id: string;
  location?: { id: string; name?: string } | null;
  organisation?: { slug: string; name: string; kind?: "FORMAL" | "INFORMAL" };
  service?: string;
}): SearchItem {
  const organisation = overrides.organisation ?? { slug: "de-geldzaak", name: "De Geldzaak" };
  return {
    id: overrides.id,
    service: {
      id: `service-${overrides.id}`,
      slug: "inloop",
      name: overrides.service ?? "Inloop",
      description: "",
      categories: [],
      phases: [],
      accessModes: ["WALK_IN"],
      languages: ["nl", "ar"],
      eligibility: null,
      isFree: true,
      costNote: null,
      noRegistration: true,
      capacity: "OPEN",
      textLanguages: { description: "nl", eligibility: "nl" },
    },
    organization: { id: `org-${organisation.slug}`, slug: organisation.slug, name: organisation.name, kind: organisation.kind ?? "FORMAL", track: "SPECIALIST", exampleData: false },
    location:
      overrides.location === null
        ? null
        : {
            id: overrides.location?.id ?? "loc-1",
            name: overrides.location?.name ?? "NOA Overvecht",
            address1: "Zamenhofdreef 1",
            postalCode: "3562JT",
            city: "Utrecht",
            lat: 52.11,
            lng: 5.11,
            buurt: null,
            wijk: null,
          },
    open: { status: "unknown", closesAt: null, nextOpening: null, reason: null },
    distance: null,
  };
}
