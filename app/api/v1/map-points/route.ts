// Every matching place for the map: GET /api/v1/map-points?<the filters of /api/v1/services>.
// Paging and order parameters are accepted and ignored: the map shows all matches.
import type { NextRequest } from "next/server";
import { handleMapPointsRequest } from "@/lib/search/points-handler";
import { PUBLIC_API_LIMIT } from "@/lib/ratelimit/limits";
import { admitUnder } from "@/lib/ratelimit/response";

// Answers depend on the database and the clock: never prerender at build time.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  // Counted against the limit only when this request starts a computation of its own: answers from
  // the answer cache (hits, 304s, shared computations) cost the database nothing, not even the
  // rate-limit write (lib/ratelimit/limits.ts).
  return handleMapPointsRequest(request, undefined, admitUnder(PUBLIC_API_LIMIT, request));
}
