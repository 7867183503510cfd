// Facet counts as the API shows them: the SQL pass (search-sql.ts) counts the whole result (all
// pages) per value; here enum values get the spelling of the API parameters (phase=signaleren,
// access=walk-in, kind=formal), so a client can turn a facet straight into a link.
import type { AccessMode, DebtPhase } from "../generated/prisma/enums";
import { ACCESS_PARAM, PHASE_PARAM } from "./schemas";
import type { ReferenceData } from "./reference-data";
import type { SqlFacets } from "./search-sql";
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

type Names = Pick<ReferenceData, "wijkByCode" | "categoryById">;

/** `names`: wijk codes and category ids become slugs (a value the reference data does not know is left out). */
export function toFacets(counts: SqlFacets, names: Names): Record<FacetName, FacetValue[]> {
  const open = Number(counts.open);
  const list = (facet: string) => (counts.lists ?? []).filter(([f]) => f === facet).map(([, value, n]): [string, number] => [value, n]);
  return {
    wijk: values(counts.wijk, (code) => names.wijkByCode.get(code)?.slug),
    category: values(list("category"), (id) => names.categoryById.get(id)?.slug),
    phase: values(list("phase"), (v) => PHASE_VALUE.get(v as DebtPhase)),
    kind: values(counts.kind, (v) => (v === "FORMAL" ? "formal" : v === "INFORMAL" ? "informal" : undefined)),
    lang: values(list("lang")),
    access: values(list("access"), (v) => ACCESS_VALUE.get(v as AccessMode)),
    free: values(counts.free),
    no_registration: values(counts.no_registration),
    // open: only "now" is a countable value; a weekday count would need every weekday's hours.
    open: open > 0 ? [{ value: "now", count: open }] : [],
  };
}
