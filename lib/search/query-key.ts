// The cache key of a search: its meaning, not its spelling. Built from the parsed parameters
// (schemas.ts has already trimmed, lower-cased codes and filled page, per_page and format), in
// a fixed order, with repeatable filters sorted and deduplicated: category=a&category=b and
// category=b&category=a&category=a ask the same question. The text query `q` is kept exactly
// as parsed: its words and their order are what the text match weighs.
import type { SearchParams } from "./schemas";

/** Repeatable filters whose order and repetition do not change the answer. */
const SETS: ReadonlySet<string> = new Set(["category", "phase", "lang", "access"]);
/** Parameters that change the rendering, not the answer: JSON and GeoJSON share one answer. */
const RENDERING: ReadonlySet<string> = new Set(["format"]);

/**
 * The normalised query as a string. Every parameter takes part except the rendering ones, so a
 * parameter added to the schema later can never make two different questions share an answer.
 */
export function searchQueryKey(params: SearchParams): string {
  const entries = Object.entries(params as Record<string, unknown>)
    .filter(([name, value]) => value !== undefined && !RENDERING.has(name))
    .map(([name, value]): [string, unknown] => [
      name,
      SETS.has(name) && Array.isArray(value) ? [...new Set(value.map(String))].sort() : value,
    ])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries);
}

/** Parameters the map points ignore: they show every match, in no order. */
const NOT_FOR_POINTS: ReadonlySet<string> = new Set(["page", "per_page", "sort"]);

/** The key of the map points of a search: the filters only, so every page and order shares it. */
export function pointsQueryKey(params: SearchParams): string {
  const filters = Object.fromEntries(Object.entries(params).filter(([name]) => !NOT_FOR_POINTS.has(name)));
  return searchQueryKey(filters as SearchParams);
}
