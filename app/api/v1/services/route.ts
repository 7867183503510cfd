// Public search API: GET /api/v1/services?q=…&wijk=…&open=now… (see lib/search/schemas.ts
// for every parameter). JSON by default, GeoJSON with format=geojson.
import type { NextRequest } from "next/server";
import { handleServicesRequest } from "@/lib/search/api-handler";

// Answers depend on the database and the clock: never prerender at build time (the build
// has no database).
export const dynamic = "force-dynamic";

export function GET(request: NextRequest): Promise<Response> {
  return handleServicesRequest(request);
}
