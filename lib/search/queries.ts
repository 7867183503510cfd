import "server-only";
// Search for help: the public API (/api/v1/services) and the map page both call
// searchServices. One SQL query finds the matching service-at-locations (matching-rows.ts);
// opening hours, distance, facets, order and paging are worked out here on those rows; a
// second, small query fetches the details of the one page that is returned.
//
// What the parameters mean (see schemas.ts for their syntax):
// - Only ACTIVE services of PUBLISHED organisations; one item per service at a location, or
//   one item without location for a service without a place.
// - q: every word, as a prefix of a Dutch stem, accents ignored ("schulden" finds
//   "schuldhulp"), or a service or organisation name within trigram similarity 0.6 (typos).
// - wijk / buurt (slug or CBS code): "help in or for this area": a place there, or a service
//   area covering it (a wijk area covers its buurten; for wijk, a buurt area inside it counts).
//   City-wide services (no service area) match only through their place. Unknown → 400.
// - category, phase, lang, access: any of the given values (OR); the filters combine with AND.
//   Unknown category → 400. kind: formal or informal.
// - free / no_registration: true narrows to those services; false does not filter.
// - open=now: open at this moment per lib/hours (exceptions and Dutch public holidays count).
//   open=mo…su (+ at=HH:MM): a weekly rule on that weekday (covering that time), monthly rules
//   counting as "sometimes"; only rules valid in the coming week. Open filters never match an
//   item without a place or without hours.
// - near: distance in metres to every item with a place; result.near names its buurt/wijk.
// - Order: sort when given; else nearest first with near, best match first with q, else by
//   organisation name, service name, place name (Dutch collation). sort=open: open now first,
//   then soonest next opening, then closed without one, then unknown hours.
// - Facets count the whole result (all pages), per value, in parameter spelling.
import { db } from "../db";
import type { AccessMode, DebtPhase } from "../generated/prisma/enums";
import { haversineMetres } from "../geo/distance";
import { locateBuurt } from "../geo/locate-buurt";
import { openState, type CivilDate } from "../hours";
import type { Candidate } from "./candidate";
import { countFacets } from "./facets";
import { matchingRowsSql, splitList, type MatchRow } from "./matching-rows";
import { HoursTexts, isOpenOnWeekday, nextOpeningStart, OpenNowChecker, openInfo, openNowDays } from "./opening-hours";
import { effectiveSort, sortItems, type OpenSortKey } from "./ordering";
import { fetchPageDetails, type PageDetails } from "./page-details";
import { referenceData, type ReferenceData } from "./reference-data";
import { resolveFilters, type OpenFilter } from "./resolve-filters";
import type { SearchParams } from "./schemas";
import type { SearchItem, SearchResult } from "./types";

export { SearchInputError } from "./errors";

export type SearchOptions = {
  /** The moment "open now" and every item's open state are computed for. Default: the real now. */
  now?: Date;
};

/** Per search: thousands of rows repeat a few hundred distinct lists, so each is split once. */
class Lists {
  private readonly split = new Map<string, readonly string[]>();
  private readonly categories = new Map<string, readonly string[]>();

  constructor(private readonly ref: ReferenceData) {}

  of(value: string): readonly string[] {
    let list = this.split.get(value);
    if (!list) {
      list = splitList(value);
      this.split.set(value, list);
    }
    return list;
  }

  /** Category slugs of comma-separated ids, in the categories' display order. */
  categorySlugs(ids: string): readonly string[] {
    let slugs = this.categories.get(ids);
    if (!slugs) {
      slugs = splitList(ids)
        .flatMap((id) => this.ref.categoryById.get(id) ?? [])
        .sort((a, b) => a.sortOrder - b.sortOrder || (a.slug < b.slug ? -1 : 1))
        .map((c) => c.slug);
      this.categories.set(ids, slugs);
    }
    return slugs;
  }
}

type Context = { ref: ReferenceData; params: SearchParams; lists: Lists; openNow: OpenNowChecker };

function toCandidate(row: MatchRow, { ref, params, lists, openNow }: Context): Candidate {
  const buurt = row.buurtCode ? ref.buurtByCode.get(row.buurtCode) : undefined;
  const wijk = (buurt && ref.wijkByCode.get(buurt.wijkCode)) ?? null;
  return {
    row,
    id: row.serviceAtLocationId ?? row.serviceId,
    organizationName: row.organizationName,
    serviceName: row.serviceName,
    locationName: row.locationName,
    rank: row.rank,
    distance:
      params.near && row.latitude !== null && row.longitude !== null
        ? Math.round(haversineMetres(params.near, { lat: row.latitude, lng: row.longitude }))
        : null,
    phases: lists.of(row.phases) as readonly DebtPhase[],
    accessModes: lists.of(row.accessModes) as readonly AccessMode[],
    languages: lists.of(row.languages),
    categories: lists.categorySlugs(row.categoryIds),
    openNow: openNow.isOpen(row.hasHours, row.rules, row.exceptions),
    kind: row.organizationKind,
    isFree: row.isFree,
    noRegistration: row.noRegistration,
    buurt: (buurt && ref.buurtAreaByCode.get(buurt.code)) ?? null,
    wijk,
    wijkSlug: wijk?.slug ?? null,
  };
}

function passesOpenFilter(c: Candidate, open: OpenFilter, today: CivilDate, hours: HoursTexts): boolean {
  if (!open) return true;
  // Open filters are about a door to walk through: items without a place never match.
  if (c.row.serviceAtLocationId === null) return false;
  if (open.kind === "now") return c.openNow;
  return isOpenOnWeekday(open.weekday, open.minuteOfDay, hours.rulesOf(c.row.rules), today);
}

/** For sort=open, where the matching query returned every rule and exception from yesterday on. */
function openSortKeys(candidates: Candidate[], now: Date, hours: HoursTexts): Map<Candidate, OpenSortKey> {
  const byHours = new Map<string, OpenSortKey>();
  return new Map(
    candidates.map((c) => {
      if (c.openNow) return [c, { group: 0, next: null }];
      if (!c.row.hasHours) return [c, { group: 3, next: null }];
      const text = `${c.row.rules}\u0000${c.row.exceptions}`;
      let key = byHours.get(text);
      if (!key) {
        const next = nextOpeningStart(now, hours.rulesOf(c.row.rules), hours.exceptionsOf(c.row.exceptions));
        key = next === null ? { group: 2, next: null } : { group: 1, next };
        byHours.set(text, key);
      }
      return [c, key];
    }),
  );
}

function nearOf(params: SearchParams, ref: ReferenceData): SearchResult["near"] {
  if (!params.near) return null;
  const located = locateBuurt(params.near, ref.buurten);
  return {
    lat: params.near.lat,
    lng: params.near.lng,
    buurt: (located && ref.buurtAreaByCode.get(located.buurtCode)) ?? null,
    wijk: (located && ref.wijkByCode.get(located.wijkCode)) ?? null,
    method: located?.method ?? null,
  };
}

function toItem(c: Candidate, details: PageDetails, ref: ReferenceData, now: Date, hours: HoursTexts): SearchItem | null {
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

/**
 * Published organisations' active services matching `params`, one item per service at a
 * location (a service without a place is one item without location). Throws SearchInputError
 * for a wijk, buurt or category that does not exist.
 */
export async function searchServices(params: SearchParams, options: SearchOptions = {}): Promise<SearchResult> {
  const now = options.now ?? new Date();
  const [ref, resolved] = await Promise.all([referenceData(), resolveFilters(params, now)]);
  const rows = await db.$queryRaw<MatchRow[]>(matchingRowsSql(resolved.sql));

  const hours = new HoursTexts();
  const context: Context = { ref, params, lists: new Lists(ref), openNow: new OpenNowChecker(now, hours) };
  const [yesterday, today] = openNowDays(now);
  const candidates = rows.map((row) => toCandidate(row, context)).filter((c) => passesOpenFilter(c, resolved.open, today.date, hours));

  const order = effectiveSort(params);
  const keys = order === "open" ? openSortKeys(candidates, now, hours) : null;
  const start = (params.page - 1) * params.per_page;
  const page = sortItems(candidates, order, keys ? (c) => keys.get(c) ?? { group: 3, next: null } : undefined).slice(start, start + params.per_page);

  const details = await fetchPageDetails(
    [...new Set(page.map((c) => c.row.serviceId))],
    page.flatMap((c) => c.row.serviceAtLocationId ?? []),
    yesterday.key,
  );
  return {
    total: candidates.length,
    page: params.page,
    per_page: params.per_page,
    items: page.flatMap((c) => toItem(c, details, ref, now, hours) ?? []),
    facets: countFacets(candidates),
    near: nearOf(params, ref),
  };
}
