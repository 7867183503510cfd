import type { FacetName, SearchResult } from "@/lib/search/types";

/** How many of the found items have this filter value; 0 when the facet does not list it. */
export function facetCount(facets: SearchResult["facets"], name: FacetName, value: string): number {
  return facets[name]?.find((facet) => facet.value === value)?.count ?? 0;
}
