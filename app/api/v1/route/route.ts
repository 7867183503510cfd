// GET /api/v1/route?postcode=…&huisnummer=…&behoefte=… — a local back-end for national route
// sites: the buurtteam, the formal debt route and help near one address in Utrecht
// (lib/route-api/; parameters in lib/route-api/schema.ts, documented at /api/v1/openapi.json).
import { handleRouteRequest } from "@/lib/route-api/handler";

// Depends on the database, PDOK and the clock: never prerendered.
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return handleRouteRequest(request);
}
