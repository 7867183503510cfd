// Public search API: GET /api/v1/services?q=…&wijk=…&open=now… (see lib/search/schemas.ts
// for every parameter). JSON by default, GeoJSON with format=geojson.
import type { NextRequest } from "next/server";
import { handleServicesRequest } from "@/lib/search/api-handler";
import { PUBLIC_API_LIMIT } from "@/lib/ratelimit/limits";
import { admitUnder } from "@/lib/ratelimit/response";

// Answers depend on the database and the clock: never prerender at build time (the build
// has no database).
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  // Counted against the limit only when this request starts a search of its own: answers from
  // the answer cache (hits, 304s, shared computations) cost the database nothing, not even the
  // rate-limit write (lib/ratelimit/limits.ts).
  return handleServicesRequest(request, undefined, admitUnder(PUBLIC_API_LIMIT, request));
}
