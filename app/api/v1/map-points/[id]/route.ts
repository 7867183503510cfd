// One place's popup: GET /api/v1/map-points/<location id>?<the filters of /api/v1/map-points>
// answers its address and the services there matching those filters, with organisation and
// "open now". The map asks for it when a popup opens, so the map points stay compact.
import type { NextRequest } from "next/server";
import { handleMapPlaceRequest } from "@/lib/search/points-handler";
import { MAP_PLACE_LIMIT } from "@/lib/ratelimit/limits";
import { admitUnder } from "@/lib/ratelimit/response";

// Answers depend on the database and the clock: never prerender at build time.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  // Counted only when this request starts a computation (as /api/v1/map-points), against a limit
  // of its own: popups must not use up the searches of everyone behind the same address.
  return handleMapPlaceRequest(request, id, undefined, admitUnder(MAP_PLACE_LIMIT, request));
}
