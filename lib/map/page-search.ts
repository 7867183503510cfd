import "server-only";
// The search behind the map page: the URL read leniently (page-params), an address typed
// without JavaScript geocoded here, and filters the search refuses (an unknown wijk in an
// old link) dropped one at a time, so the page always shows something useful.
import { SearchInputError } from "../search/errors";
import { cachedSearchServices } from "../search/cached-search";
import type { SearchParams } from "../search/schemas";
import type { SearchResult } from "../search/types";
import { ADDRESS_PARAM, parsePageParams, queryWithout } from "../search-ui/page-params";
import { formatNear } from "../search-ui/query-string";
import { geocodeAddress, type GeocodeOutcome } from "./geocode-address";
import { errorWithoutMessage, requestLog } from "../log";

export type PageSearch = {
  params: SearchParams;
  /** The search as a URL query: what links on the page (pagination, filters) build on. */
  query: URLSearchParams;
  ignored: string[];
  /** The outcome of the no-JavaScript address box, when it was used. */
  address: GeocodeOutcome | null;
  /** Null when the search itself failed (the database, not the visitor). */
  result: SearchResult | null;
};

/** `clientAddress`: the visitor (lib/auth/client-ip.ts), for the geocoder's rate limit. */
export async function runPageSearch(url: URLSearchParams, now: Date, clientAddress: string): Promise<PageSearch> {
  let { params, ignored, query } = parsePageParams(url);

  let address: GeocodeOutcome | null = null;
  const typed = query.get(ADDRESS_PARAM);
  query = queryWithout(query, [ADDRESS_PARAM]);
  if (typed && !params.near) {
    address = await geocodeAddress(typed, clientAddress);
    if (address.status === "found") {
      query.set("near", formatNear(address.address));
      ({ params } = parsePageParams(query));
    }
  }

  // Each refused parameter is dropped and the search tried again; there are only so many.
  for (let attempt = 0; attempt < 8; attempt++) {
    try {
      const result = await cachedSearchServices(params, { now });
      return { params, query, ignored, address, result };
    } catch (error) {
      if (!(error instanceof SearchInputError) || !query.has(error.parameter)) {
        // Without the message: it may quote what the resident searched for.
        (await requestLog()).error("Zoeken op de kaartpagina mislukte", { error: errorWithoutMessage(error) });
        return { params, query, ignored, address, result: null };
      }
      ignored = [...ignored, error.parameter];
      query = queryWithout(query, [error.parameter]);
      ({ params } = parsePageParams(query));
    }
  }
  return { params, query, ignored, address, result: null };
}
