import "server-only";
// GET /api/v1/map-points, kept out of the route file so tests can fix the clock. Same parameter
// checks and error answers as /api/v1/services; the route's `admit` (the rate limit) counts
// only a request that starts a computation of its own.
import { NextResponse, type NextRequest } from "next/server";
import { dutchFallbackMessages, invalidParameterBody, issuesFromZod } from "./api-errors";
import type { Admission } from "./answer-cache";
import { errorResponse } from "./api-handler";
import { cachedAnswer } from "./cached-search";
import { answerResponse, ERROR_HEADERS, type RenderedAnswer } from "./http-cache";
import { searchPoints } from "./points";
import type { MapPointsCollection } from "../search-ui/map-features";
import { pointsQueryKey } from "./query-key";
import { searchParamsInput, searchParamsSchema } from "./schemas";

const POINTS_RENDERING: RenderedAnswer<MapPointsCollection> = { name: "geojson", contentType: "application/geo+json", render: (points) => JSON.stringify(points) };

export async function handleMapPointsRequest(request: NextRequest, now?: Date, admit?: Admission): Promise<Response> {
  const parsed = searchParamsSchema.safeParse(searchParamsInput(request.nextUrl.searchParams), { error: dutchFallbackMessages });
  if (!parsed.success) {
    return NextResponse.json(invalidParameterBody(issuesFromZod(parsed.error)), { status: 400, headers: ERROR_HEADERS });
  }
  const at = now ?? new Date();
  try {
    // Through the answer cache (ETag, 304, Cache-Control up to the next opening or closing).
    const answer = await cachedAnswer(
      "points",
      pointsQueryKey(parsed.data),
      at,
      async () => {
        const { points, validUntil } = await searchPoints(parsed.data, { now: at });
        return { value: points, validUntil };
      },
      { admit },
    );
    return answerResponse(request, answer, POINTS_RENDERING, at);
  } catch (error) {
    return errorResponse(error, "GET /api/v1/map-points failed");
  }
}
