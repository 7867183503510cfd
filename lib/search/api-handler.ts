import "server-only";
// GET /api/v1/services, kept out of the route file so tests can fix the clock (Next.js route
// files may only export handlers and route options). Answers come from the answer cache
// (cached-search.ts) with an ETag and a Cache-Control bounded by the answer's next opening or
// closing (http-cache.ts). The route passes `admit` (the rate limit): it counts only when this
// request starts a search of its own, not for an answer from memory or a shared one.
import { NextResponse, type NextRequest } from "next/server";
import { dutchFallbackMessages, invalidParameterBody, issuesFromZod, SERVER_ERROR_BODY } from "./api-errors";
import { SearchInputError } from "./errors";
import { toFeatureCollection } from "./geojson";
import type { Admission } from "./answer-cache";
import { searchServicesAnswer } from "./cached-search";
import { answerResponse, busyResponse, ERROR_HEADERS, type RenderedAnswer } from "./http-cache";
import { searchParamsInput, searchParamsSchema } from "./schemas";
import { SearchBusyError } from "./search-limit";
import type { SearchResult } from "./types";
import { errorWithoutMessage, requestLog } from "../log";
import { RateLimitedError, rateLimitedResponse } from "../ratelimit/response";

const JSON_RENDERING: RenderedAnswer<SearchResult> = {
  name: "json",
  contentType: "application/json",
  render: ({ total, page, per_page, items, facets, near }) => JSON.stringify({ total, page, per_page, items, facets, near }),
};

const GEOJSON_RENDERING: RenderedAnswer<SearchResult> = {
  name: "geojson",
  contentType: "application/geo+json",
  render: (result) => JSON.stringify(toFeatureCollection(result)),
};

export async function handleServicesRequest(request: NextRequest, now?: Date, admit?: Admission): Promise<Response> {
  const parsed = searchParamsSchema.safeParse(searchParamsInput(request.nextUrl.searchParams), { error: dutchFallbackMessages });
  if (!parsed.success) {
    return NextResponse.json(invalidParameterBody(issuesFromZod(parsed.error)), { status: 400, headers: ERROR_HEADERS });
  }
  const at = now ?? new Date();
  try {
    const answer = await searchServicesAnswer(parsed.data, { now: at, admit });
    return answerResponse(request, answer, parsed.data.format === "geojson" ? GEOJSON_RENDERING : JSON_RENDERING, at);
  } catch (error) {
    return errorResponse(error, "GET /api/v1/services failed");
  }
}

/**
 * The API's answer to a failed search: 400 for a refused filter, 429 over the rate limit (the
 * body and headers the routes gave it before it moved here), 503 when busy, else 500.
 */
export async function errorResponse(error: unknown, logMessage: string): Promise<Response> {
  if (error instanceof SearchInputError) {
    return NextResponse.json(invalidParameterBody([{ parameter: error.parameter, message: error.message }]), {
      status: 400,
      headers: ERROR_HEADERS,
    });
  }
  if (error instanceof RateLimitedError) return rateLimitedResponse(error.retryAfterSeconds, { "Access-Control-Allow-Origin": "*" });
  if (error instanceof SearchBusyError) return busyResponse();
  // The details stay in the server log (not the message: it may quote the search); the client
  // gets no stack trace or SQL.
  (await requestLog()).error(logMessage, { error: errorWithoutMessage(error) });
  return NextResponse.json(SERVER_ERROR_BODY, { status: 500, headers: ERROR_HEADERS });
}
