// Builds the URL query of the map page from what the visitor filled in. Everything the page
// shows follows from the URL, so a link can be shared, reloaded or gone back to.
import type { LatLng } from "@/lib/geo/distance";
import { ADDRESS_PARAM } from "./address-param";

/**
 * Empty fields are left out so shared links stay short; `at` only goes with a weekday (the
 * schema refuses it otherwise); a changed search starts again on page 1.
 */
export function queryFromEntries(entries: Iterable<[string, FormDataEntryValue]>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of entries) {
    if (typeof value !== "string" || key === "page") continue;
    const trimmed = value.trim();
    if (trimmed) query.append(key, trimmed);
  }
  const open = query.get("open");
  if (!open || open === "now") query.delete("at");
  return query;
}

/**
 * Three decimals is about 100 metres: close enough to sort by distance, while a shared link
 * does not point at someone's front door.
 */
export function formatNear({ lat, lng }: LatLng): string {
  return `${lat.toFixed(3)},${lng.toFixed(3)}`;
}

/** The same search, now from a place (or, with null, from nowhere in particular). */
export function withNear(query: URLSearchParams, near: LatLng | null): URLSearchParams {
  const next = new URLSearchParams(query);
  next.delete(ADDRESS_PARAM);
  next.delete("page");
  next.delete("sort");
  if (near) next.set("near", formatNear(near));
  else next.delete("near");
  return next;
}

/** "Wis filters": back to everything, but still from the place the visitor chose. */
export function withoutFilters(query: URLSearchParams): URLSearchParams {
  const near = query.get("near");
  return new URLSearchParams(near ? { near } : {});
}

export function hrefWithQuery(pathname: string, query: URLSearchParams): string {
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}

/** Order-independent, so `?a=1&b=2` and `?b=2&a=1` count as the same search. */
export function canonicalQuery(query: URLSearchParams): string {
  const sorted = new URLSearchParams(query);
  sorted.sort();
  return sorted.toString();
}
