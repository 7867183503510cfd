// How many requests one client address may make, per fixed window, to the public endpoints
// that cost us most: the search API and HSDS export (database queries) and the geocoder (a call
// to PDOK for each request). The map page itself makes one geocoder call per typed address and
// no API calls, so a resident never comes near these numbers; a scraper or a loop does.
// Why fixed windows in PostgreSQL: docs/decisions/0008-rate-limits.md.

export type RateLimit = {
  /** Name of the counter; buckets are counted separately. */
  bucket: string;
  /** Requests allowed per window and address. */
  limit: number;
  windowSeconds: number;
};

/** GET /api/v1/services and GET /api/hsds/services together: 120 requests a minute. */
export const PUBLIC_API_LIMIT: RateLimit = { bucket: "public-api", limit: 120, windowSeconds: 60 };

/**
 * Every address looked up (each one is a request to PDOK): 30 a minute, counted in
 * lib/map/geocode-address.ts for GET /api/v1/geocode and the pages that geocode alike.
 */
export const GEOCODER_LIMIT: RateLimit = { bucket: "geocoder", limit: 30, windowSeconds: 60 };

/** Counters of windows that ended longer ago than this are deleted. */
export const LONGEST_WINDOW_SECONDS = Math.max(PUBLIC_API_LIMIT.windowSeconds, GEOCODER_LIMIT.windowSeconds);
