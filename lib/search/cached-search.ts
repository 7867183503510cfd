import "server-only";
// The cached entry points of search (issue 10): the API handler, the map page and the map
// points all ask through here, so one answer serves them all while the data has not changed.
import { env } from "../env";
import { amsterdamDate, amsterdamInstant } from "../hours/amsterdam-time";
import { addDays } from "../hours/civil-date";
import { AnswerCache, type Admission, type Answer } from "./answer-cache";
import { coalescedVersionReader } from "./data-version";
import { searchServices, type SearchOptions } from "./queries";
import { searchQueryKey } from "./query-key";
import type { SearchParams } from "./schemas";
import { ConcurrencyLimit } from "./search-limit";
import type { SearchResult } from "./types";

const globalForSearch = globalThis as unknown as { searchLimit?: ConcurrencyLimit; answerCache?: AnswerCache };

/** The one limit on concurrent searches of this process (SEARCH_CONCURRENCY, SEARCH_QUEUE, SEARCH_QUEUE_WAIT). */
export function searchLimit(): ConcurrencyLimit {
  const settings = env();
  globalForSearch.searchLimit ??= new ConcurrencyLimit({
    concurrency: settings.SEARCH_CONCURRENCY ?? settings.DATABASE_POOL_SIZE,
    queue: settings.SEARCH_QUEUE,
    maxWaitMs: settings.SEARCH_QUEUE_WAIT,
  });
  return globalForSearch.searchLimit;
}

/** An answer cache configured from the environment; every call makes a new one (tests: a second instance). */
export function createAnswerCache(): AnswerCache {
  const settings = env();
  return new AnswerCache({
    enabled: settings.SEARCH_CACHE,
    maxEntries: settings.SEARCH_CACHE_ENTRIES,
    maxBytes: settings.SEARCH_CACHE_MB * 1024 * 1024,
    maxAgeMs: settings.SEARCH_CACHE_MAX_AGE * 1000,
    readVersion: coalescedVersionReader(),
    limit: searchLimit(),
  });
}

/** The answer cache of this process. Kept on globalThis so hot reloading keeps one. */
export function answerCache(): AnswerCache {
  globalForSearch.answerCache ??= createAnswerCache();
  return globalForSearch.answerCache;
}

/** Forgets the cache and the limit so the next use reads the environment again (tests). */
export function resetSearchCache(): void {
  globalForSearch.answerCache = undefined;
  globalForSearch.searchLimit = undefined;
}

type CachedOptions = SearchOptions & {
  cache?: AnswerCache;
  /** Runs only when this call starts a search of its own (answer-cache.ts): the API's rate limit. */
  admit?: Admission;
};

/**
 * searchServices through the answer cache, with its validUntil and a memoised rendering.
 * Throws SearchInputError as searchServices does, SearchBusyError when no turn came, and
 * whatever `admit` throws when it refuses.
 */
export async function searchServicesAnswer(params: SearchParams, options: CachedOptions = {}): Promise<Answer<SearchResult>> {
  const now = options.now ?? new Date();
  const cache = options.cache ?? answerCache();
  return cache.get(
    "services",
    searchQueryKey(params),
    now,
    async () => {
      const result = await searchServices(params, { now });
      return { value: result, validUntil: notPastMidnight(result.validUntil, now) };
    },
    options.admit,
  );
}

/**
 * Answers also hang on the date: open=mo…su means the coming such day, and "today" ends at
 * midnight in Utrecht whether or not anything opens or closes then.
 */
export function notPastMidnight(validUntil: string | null | undefined, now: Date): string | null | undefined {
  if (validUntil === undefined) return undefined;
  const midnight = amsterdamInstant(addDays(amsterdamDate(now), 1), 0);
  return validUntil !== null && Date.parse(validUntil) <= midnight.getTime() ? validUntil : midnight.toISOString();
}

/** searchServices through the answer cache: the result only (the map page). Do not change it: it is shared. */
export async function cachedSearchServices(params: SearchParams, options: CachedOptions = {}): Promise<SearchResult> {
  return (await searchServicesAnswer(params, options)).value;
}

/**
 * Any other answer (the map points) through the same cache and limit, under `queryKey`
 * (query-key.ts: searchQueryKey or pointsQueryKey). `compute` returns the answer and the ISO
 * instant at which it changes by itself (null: not within the openings window). `admit` runs
 * only when this call starts a computation of its own.
 */
export async function cachedAnswer<T>(
  namespace: string,
  queryKey: string,
  now: Date,
  compute: () => Promise<{ value: T; validUntil: string | null | undefined }>,
  options: { cache?: AnswerCache; admit?: Admission } = {},
): Promise<Answer<T>> {
  const cache = options.cache ?? answerCache();
  return cache.get(
    namespace,
    queryKey,
    now,
    async () => {
      const { value, validUntil } = await compute();
      return { value, validUntil: notPastMidnight(validUntil, now) };
    },
    options.admit,
  );
}
