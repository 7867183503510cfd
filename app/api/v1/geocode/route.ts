// GET /api/v1/geocode?q=<address or postcode> → { label, lat, lng, buurtCode, wijkCode }.
// The map page's address box calls this instead of PDOK, so the visitor's browser sends
// their address to nobody but us.
import { geocodeAddress } from "@/lib/map/geocode-address";
import { clientIp } from "@/lib/auth/client-ip";
import { rateLimitedResponse } from "@/lib/ratelimit/response";

// An address is personal: no shared cache may keep it.
const HEADERS = { "Cache-Control": "no-store" };

export async function GET(request: Request): Promise<Response> {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  // The rate limit (GEOCODER_LIMIT) is counted inside geocodeAddress, for the pages too.
  const outcome = await geocodeAddress(q, clientIp(request.headers));
  switch (outcome.status) {
    case "found":
      return Response.json(outcome.address, { headers: HEADERS });
    case "not_found":
      return Response.json({ error: "not_found", message: "Dit adres vonden we niet in Utrecht." }, { status: 404, headers: HEADERS });
    case "invalid":
      return Response.json({ error: "invalid_query", message: outcome.message }, { status: 400, headers: HEADERS });
    case "unavailable":
      return Response.json(
        { error: "unavailable", message: "Adres zoeken lukt nu niet. Probeer het later nog eens, of kies je wijk in de filters." },
        { status: 503, headers: HEADERS },
      );
    case "limited":
      return rateLimitedResponse(outcome.retryAfterSeconds, HEADERS);
  }
}
