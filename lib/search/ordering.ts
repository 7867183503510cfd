// Which order a search uses when none is asked for. The orders themselves are SQL
// (search-sql.ts); every order ends in the same name order (organisation, service, place, id).
import type { SearchParams } from "./schemas";

export type SortOrder = NonNullable<SearchParams["sort"]>;

/**
 * Without `sort`: nearest first when `near` is given (someone who shares their position wants
 * the closest desk; q then only filters), otherwise best match first when `q` is given,
 * otherwise by name.
 */
export function effectiveSort(params: Pick<SearchParams, "sort" | "q" | "near">): SortOrder {
  if (params.sort) return params.sort;
  if (params.near) return "distance";
  if (params.q) return "relevance";
  return "name";
}
