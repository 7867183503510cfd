// Facet counts: for every filter, how many items of the current result set (all pages) have
// each value. Values are spelled as the API parameter takes them (phase=signaleren,
// access=walk-in, kind=formal), so a client can turn a facet straight into a link.
import { ACCESS_PARAM, PHASE_PARAM } from "./schemas";
import type { FacetName, FacetValue } from "./types";
import type { AccessMode, DebtPhase, OrganizationKind } from "../generated/prisma/enums";

export type FacetSource = {
  wijkSlug: string | null;
  categories: readonly string[];
  phases: readonly DebtPhase[];
  kind: OrganizationKind;
  languages: readonly string[];
  accessModes: readonly AccessMode[];
  isFree: boolean;
  noRegistration: boolean;
  openNow: boolean;
};

const invert = <K extends string, V extends string>(map: Record<K, V>) =>
  new Map(Object.entries(map).map(([param, value]) => [value as V, param as K]));
const PHASE_VALUE = invert(PHASE_PARAM);
const ACCESS_VALUE = invert(ACCESS_PARAM);

export const FACET_NAMES: readonly FacetName[] = ["wijk", "category", "phase", "kind", "lang", "access", "free", "no_registration", "open"];

/** Most frequent first, then alphabetical, so the order is stable between requests. */
function sorted(counts: Map<string, number>): FacetValue[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

type ListFacet = "category" | "phase" | "lang" | "access";

export function countFacets(items: readonly FacetSource[]): Record<FacetName, FacetValue[]> {
  const counts = Object.fromEntries(FACET_NAMES.map((name) => [name, new Map<string, number>()])) as Record<FacetName, Map<string, number>>;
  const add = (name: FacetName, value: string | null, by = 1) => {
    if (value !== null) counts[name].set(value, (counts[name].get(value) ?? 0) + by);
  };
  // Lists are tallied per list first: the search shares one array per distinct list, so
  // 10,000 items come down to a few hundred lists to expand.
  const lists: Record<ListFacet, Map<readonly string[], number>> = { category: new Map(), phase: new Map(), lang: new Map(), access: new Map() };
  const tally = (name: ListFacet, list: readonly string[]) => lists[name].set(list, (lists[name].get(list) ?? 0) + 1);
  for (const item of items) {
    add("wijk", item.wijkSlug);
    tally("category", item.categories);
    tally("phase", item.phases);
    add("kind", item.kind);
    tally("lang", item.languages);
    tally("access", item.accessModes);
    add("free", item.isFree ? "true" : "false");
    add("no_registration", item.noRegistration ? "true" : "false");
    // open: only "now" is a countable value; a weekday count would need every weekday's hours.
    if (item.openNow) add("open", "now");
  }
  for (const [name, tallies] of Object.entries(lists) as [ListFacet, Map<readonly string[], number>][]) {
    // A value listed twice in one list (it should not be, but data is data) counts once.
    for (const [list, n] of tallies) new Set(list).forEach((value) => add(name, value, n));
  }
  // Enum values become the spelling of the API parameters once, at the end.
  const renamed = (name: FacetName, rename: (value: string) => string | undefined) =>
    new Map(
      [...counts[name]].flatMap(([value, count]) => {
        const param = rename(value);
        return param === undefined ? [] : [[param, count] as const];
      }),
    );
  counts.phase = renamed("phase", (v) => PHASE_VALUE.get(v as DebtPhase));
  counts.access = renamed("access", (v) => ACCESS_VALUE.get(v as AccessMode));
  counts.kind = renamed("kind", (v) => (v === "FORMAL" ? "formal" : v === "INFORMAL" ? "informal" : undefined));
  return Object.fromEntries(FACET_NAMES.map((name) => [name, sorted(counts[name])])) as Record<FacetName, FacetValue[]>;
}
