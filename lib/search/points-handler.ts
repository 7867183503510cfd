import "server-only";
// GET /api/v1/map-points, kept out of the route file so tests can fix the clock. Same parameter
// checks and error answers as /api/v1/services.
import { NextResponse, type NextRequest } from "next/server";
import { dutchFallbackMessages, invalidParameterBody, issuesFromZod } from "./api-errors";
import { errorResponse } from "./api-handler";
import { ERROR_HEADERS } from "./http-cache";
import { searchPoints } from "./points";
import { searchParamsInput, searchParamsSchema } from "./schemas";

export async function handleMapPointsRequest(request: NextRequest, now?: Date): Promise<Response> {
  const parsed = searchParamsSchema.safeParse(searchParamsInput(request.nextUrl.searchParams), { error: dutchFallbackMessages });
  if (!parsed.success) {
    return NextResponse.json(invalidParameterBody(issuesFromZod(parsed.error)), { status: 400, headers: ERROR_HEADERS });
  }
  try {
    const { points } = await searchPoints(parsed.data, { now });
    return new NextResponse(JSON.stringify(points), {
      headers: { "Content-Type": "application/geo+json", "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=60" },
    });
  } catch (error) {
    return errorResponse(error, "GET /api/v1/map-points failed");
  }
}
