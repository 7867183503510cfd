// The order of the result list. Every order ends in the same name order (organisation,
// service, place, id), so equal keys never shuffle between pages or requests.
import type { SearchParams } from "./schemas";

export type SortOrder = NonNullable<SearchParams["sort"]>;

export type Sortable = {
  id: string;
  organizationName: string;
  serviceName: string;
  locationName: string | null;
  rank: number;
  distance: number | null;
};

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

const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });

function compareWithinOrganisation(a: Sortable, b: Sortable): number {
  return (
    collator.compare(a.serviceName, b.serviceName) ||
    collator.compare(a.locationName ?? "", b.locationName ?? "") ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Missing values (no location, no next opening) go last whatever the direction. */
function ascending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/**
 * "When can I go?": open now first, then by the start of the next opening, then items closed
 * with no opening in sight, then items whose hours are unknown.
 */
export type OpenSortKey = { group: 0 | 1 | 2 | 3; next: number | null };

/** The key an order sorts on before the names: a group (only sort=open has several) and a number. */
function primaryKey<T extends Sortable>(item: T, order: SortOrder, openKey?: (item: T) => OpenSortKey): { group: number; value: number | null } {
  switch (order) {
    case "relevance":
      return { group: 0, value: -item.rank };
    case "distance":
      return { group: 0, value: item.distance };
    case "open": {
      const key = openKey?.(item) ?? { group: 3, next: null };
      return { group: key.group, value: key.next };
    }
    default:
      return { group: 0, value: 0 };
  }
}

/**
 * Sorts a copy. Each item's keys are worked out once into flat arrays and the item indexes are
 * sorted (no object per item), and the far fewer distinct organisation names are collated once
 * into ranks: with 10,000 items, collating and allocating inside the sort dominated a search.
 */
export function sortItems<T extends Sortable>(items: readonly T[], order: SortOrder, openKey?: (item: T) => OpenSortKey): T[] {
  const names = [...new Set(items.map((item) => item.organizationName))].sort(collator.compare);
  const rankOf = new Map<string, number>();
  // Names the collator calls equal ("Buurtteam", "buurtteam") share a rank, so the service name decides.
  names.forEach((name, index) => rankOf.set(name, index > 0 && collator.compare(names[index - 1], name) === 0 ? (rankOf.get(names[index - 1]) ?? index) : index));

  const n = items.length;
  const group = new Float64Array(n);
  // NaN stands for "no value" (no distance, no next opening): sorted last.
  const value = new Float64Array(n);
  const organisation = new Float64Array(n);
  items.forEach((item, i) => {
    const key = primaryKey(item, order, openKey);
    group[i] = key.group;
    value[i] = key.value ?? Number.NaN;
    organisation[i] = rankOf.get(item.organizationName) ?? 0;
  });
  const indexes = Array.from({ length: n }, (_, i) => i);
  indexes.sort(
    (a, b) =>
      group[a] - group[b] ||
      ascending(Number.isNaN(value[a]) ? null : value[a], Number.isNaN(value[b]) ? null : value[b]) ||
      organisation[a] - organisation[b] ||
      compareWithinOrganisation(items[a], items[b]),
  );
  return indexes.map((i) => items[i]);
}
