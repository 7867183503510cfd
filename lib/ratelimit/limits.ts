// How many requests one client address may make, per fixed window, to the public endpoints
// that cost us most: the search API, map points and HSDS export (database queries) and the
// geocoder (a call to PDOK for each request).
// The search API and map points count only the requests that start a computation (a miss of
// the answer cache that joins no running one, or every request with SEARCH_CACHE=0): the limit
// protects the database's search work, and an answer from memory or a 304 costs none, so it
// costs no rate-limit write either. That way the map page's own map-points requests (one per
// filter change, many residents behind one library or buurthuis address) are mostly answered
// from the cache and do not run into 429s; a scraper walking distinct queries still does.
// The HSDS export does not use the answer cache: every request counts.
// Why fixed windows in PostgreSQL: docs/decisions/0008-rate-limits.md.

export type RateLimit = {
  /** Name of the counter; buckets are counted separately. */
  bucket: string;
  /** Requests allowed per window and address. */
  limit: number;
  windowSeconds: number;
};

/**
 * GET /api/v1/services and /api/v1/map-points (computations only) and every GET of /api/hsds
 * (every request) together: 120 a minute.
 */
export const PUBLIC_API_LIMIT: RateLimit = { bucket: "public-api", limit: 120, windowSeconds: 60 };

/**
 * Every address looked up (each one is a request to PDOK): 30 a minute, counted in
 * lib/map/geocode-address.ts for GET /api/v1/geocode and the pages that geocode alike.
 */
export const GEOCODER_LIMIT: RateLimit = { bucket: "geocoder", limit: 30, windowSeconds: 60 };

/**
 * A map popup's place answer (GET /api/v1/map-points/<id>): 600 computations a minute, apart
 * from the search limit. One place is an index lookup, and a team of professionals behind one
 * proxy opening popups on the map must not use up each other's searches.
 */
export const MAP_PLACE_LIMIT: RateLimit = { bucket: "map-place", limit: 600, windowSeconds: 60 };

/** Counters of windows that ended longer ago than this are deleted. */
export const LONGEST_WINDOW_SECONDS = Math.max(PUBLIC_API_LIMIT.windowSeconds, GEOCODER_LIMIT.windowSeconds, MAP_PLACE_LIMIT.windowSeconds);
