// The Utrecht seed flattened into search items (one per service at a location, or one per
// place-less service), read straight from prisma/seed, so tests can state expectations from
// the data rather than from what the search code happens to return.
import { buurten, wijken } from "@/prisma/seed/neighbourhoods";
import { locations } from "@/prisma/seed/locations";
import { organisations } from "@/prisma/seed/organisations";
import type { SeedHours, SeedService } from "@/prisma/seed/types";
import type { SearchItem } from "@/lib/search/types";

export type SeedItem = {
  key: string;
  organisation: string;
  organisationKind: "FORMAL" | "INFORMAL";
  service: SeedService;
  location: (typeof locations)[number] | null;
  wijkCode: string | null;
  hours: SeedHours[];
};

const locationByKey = new Map(locations.map((l) => [l.key, l]));
const wijkOfBuurt = new Map(buurten.map((b) => [b.code, b.wijkCode]));

/** "organisation/service/location name", the same for a SearchItem and a SeedItem. */
export const itemKey = (organisation: string, service: string, locationName: string | null) =>
  `${organisation}/${service}/${locationName ?? "-"}`;

export const keyOf = (item: SearchItem) => itemKey(item.organization.slug, item.service.slug, item.location?.name ?? null);

export const seedItems: SeedItem[] = organisations.flatMap((o) =>
  o.services.flatMap((service): SeedItem[] => {
    const base = { organisation: o.slug, organisationKind: o.kind, service };
    if (service.at.length === 0) return [{ ...base, key: itemKey(o.slug, service.slug, null), location: null, wijkCode: null, hours: [] }];
    return service.at.map((at) => {
      const location = locationByKey.get(at.location);
      if (!location) throw new Error(`unknown location ${at.location}`);
      return {
        ...base,
        key: itemKey(o.slug, service.slug, location.name),
        location,
        wijkCode: wijkOfBuurt.get(location.buurtCode) ?? null,
        hours: at.hours,
      };
    });
  }),
);

export const keysWhere = (predicate: (item: SeedItem) => boolean) => new Set(seedItems.filter(predicate).map((i) => i.key));

export const wijkCode = (slug: string) => {
  const wijk = wijken.find((w) => w.slug === slug);
  if (!wijk) throw new Error(`unknown wijk ${slug}`);
  return wijk.code;
};

export const buurtCode = (slug: string) => {
  const buurt = buurten.find((b) => b.slug === slug);
  if (!buurt) throw new Error(`unknown buurt ${slug}`);
  return buurt.code;
};

/** "Help in or for this wijk", straight from the seed: a place there, or a service area covering it. */
export function servesWijk(item: SeedItem, code: string): boolean {
  const areas = item.service.areas;
  return (
    item.wijkCode === code ||
    (areas?.wijken ?? []).includes(code) ||
    (areas?.buurten ?? []).some((b) => wijkOfBuurt.get(b) === code)
  );
}

export function servesBuurt(item: SeedItem, code: string): boolean {
  const areas = item.service.areas;
  return (
    item.location?.buurtCode === code ||
    (areas?.buurten ?? []).includes(code) ||
    (areas?.wijken ?? []).includes(wijkOfBuurt.get(code) ?? "")
  );
}
