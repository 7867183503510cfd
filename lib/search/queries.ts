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
import { locateBuurt } from "../geo/locate-buurt";
import type { CivilDate } from "../hours";
import { Lists, toCandidate, type Candidate, type CandidateContext } from "./candidate";
import { countFacets } from "./facets";
import { HoursTexts } from "./hours-rows";
import { matchingRowsSql, type MatchRow } from "./matching-rows";
import { nextOpeningStart, OpenNowChecker, openNowDays } from "./open-now";
import { effectiveSort, sortItems, type OpenSortKey } from "./ordering";
import { fetchPageDetails } from "./page-details";
import { referenceData, type ReferenceData } from "./reference-data";
import { resolveFilters, type OpenFilter } from "./resolve-filters";
import type { SearchParams } from "./schemas";
import { toItem } from "./search-item";
import type { SearchResult } from "./types";
import { isOpenOnWeekday } from "./weekday-filter";

export { SearchInputError } from "./errors";

export type SearchOptions = {
  /** The moment "open now" and every item's open state are computed for. Default: the real now. */
  now?: Date;
};

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
  const context: CandidateContext = { ref, params, lists: new Lists(ref), openNow: new OpenNowChecker(now, hours) };
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
