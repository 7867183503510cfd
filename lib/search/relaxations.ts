// No dead ends (issue 11, point 4): when a search finds nothing, the map page shows what
// leaving out each filter on its own would find. This module says which filters count as one
// (a wijk or buurt is one "area"; a day and its time are one), in which order, what the search
// without one of them is — as parameters for the count and as the URL parameters its link
// drops — and which of the counted searches are worth a link.
//
// Bounded by the schema, not by the URL: at most one relaxed search per kind of filter,
// however many values a parameter repeats, and never more than MAX_RELAXATIONS.
import type { SearchParams } from "./schemas";

/** Every kind of filter a relaxed search can leave out, with the URL parameters it consists of. */
export const RELAXABLE = [
  { filter: "area", params: ["wijk", "buurt"] },
  { filter: "q", params: ["q"] },
  { filter: "category", params: ["category"] },
  { filter: "open", params: ["open", "at"] },
  { filter: "lang", params: ["lang"] },
  { filter: "access", params: ["access"] },
  { filter: "phase", params: ["phase"] },
  { filter: "kind", params: ["kind"] },
  { filter: "free", params: ["free"] },
  { filter: "no_registration", params: ["no_registration"] },
] as const;

export type RelaxableFilter = (typeof RELAXABLE)[number]["filter"];

/**
 * Most relaxed searches counted for one empty search. With more filters than this active,
 * the last ones in RELAXABLE's order (free, no registration) are not offered on their own;
 * "Wis filters" still clears them.
 */
export const MAX_RELAXATIONS = 8;

const ACTIVE: Record<RelaxableFilter, (p: SearchParams) => boolean> = {
  area: (p) => Boolean(p.wijk || p.buurt),
  q: (p) => Boolean(p.q),
  category: (p) => p.category.length > 0,
  open: (p) => Boolean(p.open),
  lang: (p) => p.lang.length > 0,
  access: (p) => p.access.length > 0,
  phase: (p) => p.phase.length > 0,
  kind: (p) => Boolean(p.kind),
  free: (p) => p.free,
  no_registration: (p) => p.no_registration,
};

/** The filters of this search that a relaxed search can leave out, in RELAXABLE's order. */
export function activeFilters(params: SearchParams): RelaxableFilter[] {
  return RELAXABLE.filter(({ filter }) => ACTIVE[filter](params))
    .slice(0, MAX_RELAXATIONS)
    .map(({ filter }) => filter);
}

/** The URL parameters a link to the search without `filter` drops (and "page": it starts again). */
export function paramsOf(filter: RelaxableFilter): readonly string[] {
  return [...RELAXABLE.find((r) => r.filter === filter)!.params, "page"];
}

/**
 * The search without `filter`; everything else stays as it was. In parameters, not in resolved
 * SqlFilters: resolving them again (in memory: the wijken, categories and word lists are
 * cached) keeps a relaxed search what the search means, however q or a filter is resolved.
 */
export function withoutFilter(p: SearchParams, filter: RelaxableFilter): SearchParams {
  switch (filter) {
    case "area":
      return { ...p, wijk: undefined, buurt: undefined };
    case "q":
      return { ...p, q: undefined };
    case "category":
      return { ...p, category: [] };
    case "open":
      return { ...p, open: undefined, at: undefined };
    case "lang":
      return { ...p, lang: [] };
    case "access":
      return { ...p, access: [] };
    case "phase":
      return { ...p, phase: [] };
    case "kind":
      return { ...p, kind: undefined };
    case "free":
      return { ...p, free: false };
    case "no_registration":
      return { ...p, no_registration: false };
  }
}

export type RelaxedCount = { filter: RelaxableFilter; count: number };

/**
 * The relaxed searches worth a link: those that find something, most results first (equal
 * counts in RELAXABLE's order, so the list does not shuffle between visits).
 */
export function helpfulRelaxations(counts: readonly RelaxedCount[]): RelaxedCount[] {
  const rank = (filter: RelaxableFilter) => RELAXABLE.findIndex((r) => r.filter === filter);
  return counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || rank(a.filter) - rank(b.filter));
}
