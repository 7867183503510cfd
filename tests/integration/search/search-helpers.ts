// Shared helpers: run a search from a query string, as the API would parse it.
import { expect } from "vitest";
import { searchServices } from "@/lib/search/queries";
import { searchParamsInput, searchParamsSchema, type SearchParams } from "@/lib/search/schemas";
import type { SearchResult } from "@/lib/search/types";
import { keyOf } from "./seed-items";

/** Tuesday 17 November 2026, 14:00 in Utrecht: an ordinary working afternoon. */
export const TUESDAY_AFTERNOON = new Date("2026-11-17T13:00:00.000Z");

export function params(query: string): SearchParams {
  return searchParamsSchema.parse(searchParamsInput(new URLSearchParams(query)));
}

/** Every matching item on one page (the seed has fewer than 100), checked to be complete. */
export async function searchAll(query: string, now: Date = TUESDAY_AFTERNOON): Promise<SearchResult> {
  const result = await searchServices(params(`${query}&per_page=100`), { now });
  expect(result.items).toHaveLength(result.total);
  return result;
}

export async function keysOf(query: string, now: Date = TUESDAY_AFTERNOON): Promise<Set<string>> {
  return new Set((await searchAll(query, now)).items.map(keyOf));
}
