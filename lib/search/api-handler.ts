import "server-only";
// GET /api/v1/services, kept out of the route file so tests can fix the clock (Next.js route
// files may only export handlers and route options).
import { NextResponse, type NextRequest } from "next/server";
import { dutchFallbackMessages, invalidParameterBody, issuesFromZod, SERVER_ERROR_BODY } from "./api-errors";
import { SearchInputError } from "./errors";
import { toFeatureCollection } from "./geojson";
import { searchServices } from "./queries";
import { searchParamsInput, searchParamsSchema } from "./schemas";
import { errorWithoutMessage, requestLog } from "../log";

/**
 * Browsers keep an answer for a minute: "open now" and each item's open state move on the
 * minute, so a longer max-age would show a desk as open after it closed. Shared caches (CDN)
 * may keep it five minutes and serve it stale while revalidating, which protects the database
 * under load at the price of an open state a few minutes old.
 */
export const CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

/** Open data: any site may call the API from the browser. */
const SHARED_HEADERS = { "Access-Control-Allow-Origin": "*", Vary: "Accept-Encoding" } as const;
/** Errors are not cached: a wijk added a moment ago must not stay "unknown" in a CDN. */
const ERROR_HEADERS = { ...SHARED_HEADERS, "Cache-Control": "no-store" } as const;

export async function handleServicesRequest(request: NextRequest, now?: Date): Promise<Response> {
  const parsed = searchParamsSchema.safeParse(searchParamsInput(request.nextUrl.searchParams), { error: dutchFallbackMessages });
  if (!parsed.success) {
    return NextResponse.json(invalidParameterBody(issuesFromZod(parsed.error)), { status: 400, headers: ERROR_HEADERS });
  }
  try {
    const result = await searchServices(parsed.data, { now });
    const headers = { ...SHARED_HEADERS, "Cache-Control": CACHE_CONTROL };
    if (parsed.data.format === "geojson") {
      return new NextResponse(JSON.stringify(toFeatureCollection(result)), {
        headers: { ...headers, "Content-Type": "application/geo+json" },
      });
    }
    const { total, page, per_page, items, facets, near } = result;
    return NextResponse.json({ total, page, per_page, items, facets, near }, { headers });
  } catch (error) {
    if (error instanceof SearchInputError) {
      return NextResponse.json(invalidParameterBody([{ parameter: error.parameter, message: error.message }]), {
        status: 400,
        headers: ERROR_HEADERS,
      });
    }
    // The details stay in the server log (not the message: it may quote the search); the client
    // gets no stack trace or SQL.
    (await requestLog()).error("GET /api/v1/services failed", { error: errorWithoutMessage(error) });
    return NextResponse.json(SERVER_ERROR_BODY, { status: 500, headers: ERROR_HEADERS });
  }
}
