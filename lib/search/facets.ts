// Facet counts as the API shows them: the SQL pass (search-sql.ts) counts the whole result (all
// pages) per value; here enum values get the spelling of the API parameters (phase=signaleren,
// access=walk-in, kind=formal), so a client can turn a facet straight into a link.
import type { AccessMode, DebtPhase } from "../generated/prisma/enums";
import { ACCESS_PARAM, PHASE_PARAM } from "./schemas";
import type { SearchAnswer } from "./search-sql";
import type { FacetName, FacetValue } from "./types";

const invert = <K extends string, V extends string>(map: Record<K, V>) =>
  new Map(Object.entries(map).map(([param, value]) => [value as V, param as K]));
const PHASE_VALUE = invert(PHASE_PARAM);
const ACCESS_VALUE = invert(ACCESS_PARAM);

export const FACET_NAMES: readonly FacetName[] = ["wijk", "category", "phase", "kind", "lang", "access", "free", "no_registration", "open"];

/** Most frequent first, then alphabetical, so the order is stable between requests. */
function sorted(values: FacetValue[]): FacetValue[] {
  return values.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

function values(counts: [string, number][] | null, rename: (value: string) => string | undefined = (v) => v): FacetValue[] {
  return sorted(
    (counts ?? []).flatMap(([value, count]) => {
      const param = rename(value);
      return param === undefined ? [] : [{ value: param, count: Number(count) }];
    }),
  );
}

export function toFacets(counts: SearchAnswer["facets"]): Record<FacetName, FacetValue[]> {
  const open = Number(counts.open);
  return {
    wijk: values(counts.wijk),
    category: values(counts.category),
    phase: values(counts.phase, (v) => PHASE_VALUE.get(v as DebtPhase)),
    kind: values(counts.kind, (v) => (v === "FORMAL" ? "formal" : v === "INFORMAL" ? "informal" : undefined)),
    lang: values(counts.lang),
    access: values(counts.access, (v) => ACCESS_VALUE.get(v as AccessMode)),
    free: values(counts.free),
    no_registration: values(counts.no_registration),
    // open: only "now" is a countable value; a weekday count would need every weekday's hours.
    open: open > 0 ? [{ value: "now", count: open }] : [],
  };
}
