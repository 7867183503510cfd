import "server-only";
// Search for help: the public API (/api/v1/services) and the map page both call
// searchServices. One SQL statement (search-sql.ts) filters, counts facets, orders and pages in
// PostgreSQL, so only the page's rows reach Node, whatever the size of the result; a second,
// small query fetches the details of that page. "Open now" and "opens soonest" are lookups in
// the materialised openings (openings.ts), kept fresh by every edit and a daily job.
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
import { db, readDb } from "../db";
import { locateBuurt } from "../geo/locate-buurt";
import { refreshFacetTotals } from "./facet-totals";
import { toFacets } from "./facets";
import { HoursTexts } from "./hours-rows";
import { openNowDays } from "./open-now";
import { ensureOpeningWindow, nextOpeningHorizon } from "./openings";
import { effectiveSort } from "./ordering";
import { fetchPageDetails } from "./page-details";
import { referenceData, type ReferenceData } from "./reference-data";
import { resolveFilters } from "./resolve-filters";
import type { SearchParams } from "./schemas";
import { isUnfiltered, searchSql, type SearchAnswer, type SqlFilters, type SqlQuery } from "./search-sql";
import { toItem } from "./search-item";
import { errorWithoutMessage, requestLog } from "../log";
import type { SearchResult } from "./types";

export { SearchInputError } from "./errors";

export type SearchOptions = {
  /** The moment "open now" and every item's open state are computed for. Default: the real now. */
  now?: Date;
};

/**
 * Rows this process received from search queries: the page and its details, never the whole
 * result. Tests read it to prove that work stays bounded by the page size.
 */
export const searchRowsFetched = { count: 0 };

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

/** The statement's inputs for a search: its resolved filters, order, page and moment. */
export function sqlQueryOf(params: SearchParams, filters: SqlFilters, now: Date): SqlQuery {
  return {
    filters,
    order: effectiveSort(params),
    near: params.near ?? null,
    now: now.toISOString(),
    horizon: nextOpeningHorizon(now).toISOString(),
    offset: (params.page - 1) * params.per_page,
    limit: params.per_page,
  };
}

/**
 * Published organisations' active services matching `params`, one item per service at a
 * location (a service without a place is one item without location). Throws SearchInputError
 * for a wijk, buurt or category that does not exist.
 */
export async function searchServices(params: SearchParams, options: SearchOptions = {}): Promise<SearchResult> {
  const now = options.now ?? new Date();
  // Writes (a window refresh) go to the primary; the search reads from readDb.
  await ensureOpeningWindow(db, now);
  const [ref, filters] = await Promise.all([referenceData(), resolveFilters(params, now)]);
  // The unfiltered search reads its facets from the stored totals: count them first if a
  // publish made them old (on the primary; a replica gets them with the data they count).
  // When that fails the search still answers: its statement counts for itself.
  if (isUnfiltered(filters)) {
    await refreshFacetTotals(db, now).catch(async (error: unknown) => {
      (await requestLog()).warn("Facet totals could not be stored", { error: errorWithoutMessage(error) });
    });
  }
  const [{ answer }] = await readDb.$queryRaw<{ answer: SearchAnswer }[]>(searchSql(sqlQueryOf(params, filters, now)));
  const rows = answer.items ?? [];
  const [yesterday] = openNowDays(now);
  const details = await fetchPageDetails(
    [...new Set(rows.map((r) => r.serviceId))],
    rows.flatMap((r) => r.serviceAtLocationId ?? []),
    yesterday.key,
    params.locale,
  );
  searchRowsFetched.count += 1 + rows.length + details.services.size + details.places.size;
  const hours = new HoursTexts();
  return {
    total: Number(answer.facets.total),
    page: params.page,
    per_page: params.per_page,
    items: rows.flatMap((row) => toItem(row, details, ref, now, hours, params.locale) ?? []),
    facets: toFacets(answer.facets, ref),
    near: nearOf(params, ref),
    validUntil: answer.validUntil === null ? null : new Date(answer.validUntil).toISOString(),
  };
}
