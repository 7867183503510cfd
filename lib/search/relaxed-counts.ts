import "server-only";
// The counts behind "no dead ends" (issue 11, point 4; relaxations.ts): for an empty search,
// how many items each search with one filter left out finds. Count only, no items: one
// statement with one count per relaxed search, each over the search's own `matched`
// (search-sql.ts), so a relaxed count means exactly what the search would find. Through the
// answer cache (namespace "relaxed", keyed by the filters only) and its concurrency limit;
// the caller's admission (the rate limit) runs only when a count is computed.
import { Prisma } from "../generated/prisma/client";
import { db, readDb } from "../db";
import type { Admission, AnswerCache } from "./answer-cache";
import { cachedAnswer } from "./cached-search";
import { ensureOpeningWindow } from "./openings";
import { pointsQueryKey } from "./query-key";
import { activeFilters, withoutFilter, type RelaxedCount } from "./relaxations";
import { resolveFilters } from "./resolve-filters";
import type { SearchParams } from "./schemas";
import { matchedSql, nextChangeSql, NO_FILTERS } from "./search-sql";

export type RelaxedCountOptions = { now?: Date; cache?: AnswerCache; admit?: Admission };

/** The key of the counts: the filters only (page, order and `near` do not change a count). */
export function relaxedQueryKey(params: SearchParams): string {
  return pointsQueryKey({ ...params, near: undefined });
}

/**
 * For every active filter of `params` (activeFilters: at most MAX_RELAXATIONS), the number of
 * items the same search without it finds, in activeFilters' order. Empty without filters.
 * Throws SearchInputError for an unknown wijk, buurt or category, as the search does, and
 * whatever the cache's limit or `admit` throws.
 */
export async function countRelaxedSearches(params: SearchParams, options: RelaxedCountOptions = {}): Promise<RelaxedCount[]> {
  const dropped = activeFilters(params);
  if (dropped.length === 0) return [];
  const now = options.now ?? new Date();
  const answer = await cachedAnswer(
    "relaxed",
    relaxedQueryKey(params),
    now,
    async () => {
      await ensureOpeningWindow(db, now);
      const relaxed = await Promise.all(dropped.map((filter) => resolveFilters(withoutFilter(params, filter), now)));
      const at = now.toISOString();
      // Each count a scalar subquery with a WITH of its own: the CTE names of matchedSql are
      // scoped to it, and `matched` is not materialised, so PostgreSQL only counts.
      const counts = relaxed.map((filters) => Prisma.sql`(WITH ${matchedSql(filters, at, { materialized: false })} SELECT count(*) FROM matched)`);
      // Only a count that keeps "open now" changes with the clock (a weekday changes with the
      // date, which the cache adds). nextChangeSql reads `running`, which matchedSql defines;
      // its `matched` is never read there, so never computed.
      const clockBound = relaxed.some((filters) => filters.openNow);
      const validUntil = clockBound
        ? Prisma.sql`(WITH ${matchedSql(NO_FILTERS, at, { materialized: false })} SELECT ${nextChangeSql(at)})`
        : Prisma.sql`NULL::timestamptz`;
      const [row] = await readDb.$queryRaw<{ counts: number[]; validUntil: Date | string | null }[]>(
        Prisma.sql`SELECT json_build_array(${Prisma.join(counts)}) AS counts, ${validUntil} AS "validUntil"`,
      );
      return {
        value: dropped.map((filter, i) => ({ filter, count: Number(row.counts[i]) })),
        validUntil: row.validUntil === null ? null : new Date(row.validUntil).toISOString(),
      };
    },
    { cache: options.cache, admit: options.admit },
  );
  return answer.value;
}
