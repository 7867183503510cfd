// Public search API: GET /api/v1/services?q=…&wijk=…&open=now… (see lib/search/schemas.ts
// for every parameter). JSON by default, GeoJSON with format=geojson.
import type { NextRequest } from "next/server";
import { handleServicesRequest } from "@/lib/search/api-handler";
import { PUBLIC_API_LIMIT } from "@/lib/ratelimit/limits";
import { rateLimitResponse } from "@/lib/ratelimit/response";

// Answers depend on the database and the clock: never prerender at build time (the build
// has no database).
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const limited = await rateLimitResponse(request, PUBLIC_API_LIMIT, { "Access-Control-Allow-Origin": "*" });
  return limited ?? handleServicesRequest(request);
}
