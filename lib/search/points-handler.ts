import "server-only";
// GET /api/v1/map-points and GET /api/v1/map-points/<location id> (one place's popup), kept
// out of the route files so tests can fix the clock. Same parameter checks and error answers as
// /api/v1/services; the route's `admit` (the rate limit) counts only a request that starts a
// computation of its own.
import { NextResponse, type NextRequest } from "next/server";
import { dutchFallbackMessages, invalidParameterBody, issuesFromZod, type ParameterIssue } from "./api-errors";
import type { Admission } from "./answer-cache";
import { errorResponse } from "./api-handler";
import { cachedAnswer } from "./cached-search";
import { answerResponse, ERROR_HEADERS, type RenderedAnswer } from "./http-cache";
import { searchPlace, searchPoints } from "./points";
import type { MapPlaceDetails, MapPointsCollection } from "../search-ui/map-features";
import { pointsQueryKey } from "./query-key";
import { searchParamsInput, searchParamsSchema, type SearchParams } from "./schemas";

const POINTS_RENDERING: RenderedAnswer<MapPointsCollection> = { name: "geojson", contentType: "application/geo+json", render: (points) => JSON.stringify(points) };
const PLACE_RENDERING: RenderedAnswer<MapPlaceDetails | null> = { name: "json", contentType: "application/json", render: (place) => JSON.stringify(place) };

/** Location ids are cuids (seeds use short readable ones): letters, digits, - and _. */
const LOCATION_ID = /^[A-Za-z0-9_-]{1,64}$/;

const NOT_FOUND_BODY = { error: "not_found", message: "Deze plek staat niet (meer) op de kaart." } as const;

function parseFilters(request: NextRequest, extra: ParameterIssue[] = []): { params: SearchParams } | { response: Response } {
  const parsed = searchParamsSchema.safeParse(searchParamsInput(request.nextUrl.searchParams), { error: dutchFallbackMessages });
  const issues = [...extra, ...(parsed.success ? [] : issuesFromZod(parsed.error))];
  if (!parsed.success || issues.length > 0) {
    return { response: NextResponse.json(invalidParameterBody(issues), { status: 400, headers: ERROR_HEADERS }) };
  }
  return { params: parsed.data };
}

export async function handleMapPointsRequest(request: NextRequest, now?: Date, admit?: Admission): Promise<Response> {
  const parsed = parseFilters(request);
  if ("response" in parsed) return parsed.response;
  const at = now ?? new Date();
  try {
    // Through the answer cache (ETag, 304, Cache-Control up to the next opening or closing).
    const answer = await cachedAnswer(
      "points",
      pointsQueryKey(parsed.params),
      at,
      async () => {
        const { points, validUntil } = await searchPoints(parsed.params, { now: at });
        return { value: points, validUntil };
      },
      { admit },
    );
    return answerResponse(request, answer, POINTS_RENDERING, at);
  } catch (error) {
    return errorResponse(error, "GET /api/v1/map-points failed");
  }
}

/**
 * One place's popup: its address and the services there that match the filters. Through the
 * answer cache under its own namespace, keyed by the place and the map points' key, so every
 * visitor opening the same popup of the same search shares one answer. 404 for a place with no
 * published service (unknown id, or everything there unpublished).
 */
export async function handleMapPlaceRequest(request: NextRequest, locationId: string, now?: Date, admit?: Admission): Promise<Response> {
  const idIssues = LOCATION_ID.test(locationId) ? [] : [{ parameter: "id", message: "id is geen geldige plek" }];
  const parsed = parseFilters(request, idIssues);
  if ("response" in parsed) return parsed.response;
  const at = now ?? new Date();
  try {
    const answer = await cachedAnswer(
      "place",
      JSON.stringify([locationId, pointsQueryKey(parsed.params)]),
      at,
      async () => {
        const { place, validUntil } = await searchPlace(parsed.params, locationId, { now: at });
        return { value: place, validUntil };
      },
      { admit },
    );
    if (answer.value === null) return NextResponse.json(NOT_FOUND_BODY, { status: 404, headers: ERROR_HEADERS });
    return answerResponse(request, answer, PLACE_RENDERING, at);
  } catch (error) {
    return errorResponse(error, "GET /api/v1/map-points/[id] failed");
  }
}
