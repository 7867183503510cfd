import "server-only";
// GET /api/v1/route, kept out of the route file so tests can fix the clock. Errors in the
// API's shape (lib/search/api-errors.ts): 400 names each wrong parameter, 404 says the address
// is not one in Utrecht, 429 over either rate limit, 503 when PDOK is down.
import { clientIp } from "../auth/client-ip";
import { errorWithoutMessage, requestLog } from "../log";
import { PUBLIC_API_LIMIT } from "../ratelimit/limits";
import { rateLimitedResponse, rateLimitResponse } from "../ratelimit/response";
import { dutchFallbackMessages, invalidParameterBody, issuesFromZod, SERVER_ERROR_BODY } from "../search/api-errors";
import { searchParamsInput } from "../search/schemas";
import { routeAnswer } from "./answer";
import { routeQuerySchema } from "./schema";

// no-store, not the search API's short public caching: the answer holds an address (personal:
// no shared cache may keep it, as /api/v1/geocode) and depends on the minute ("open now",
// "opens today"). Any site may call it from the browser: open data, no cookies.
export const ROUTE_HEADERS = { "Cache-Control": "no-store", "Access-Control-Allow-Origin": "*" } as const;

export const NOT_FOUND_MESSAGE =
  "Dit adres vonden we niet in de gemeente Utrecht. Deze dienst kent alleen adressen in Utrecht; woont iemand ergens anders, dan helpt de eigen gemeente.";

export async function handleRouteRequest(request: Request, now?: Date): Promise<Response> {
  const url = new URL(request.url);
  const parsed = routeQuerySchema.safeParse(searchParamsInput(url.searchParams), { error: dutchFallbackMessages });
  if (!parsed.success) {
    return Response.json(invalidParameterBody(issuesFromZod(parsed.error)), { status: 400, headers: ROUTE_HEADERS });
  }
  // Every valid request counts against the API's limit (it runs three searches); the address
  // look-up counts against the geocoder's limit too, inside geocodeAddress.
  const limited = await rateLimitResponse(request, PUBLIC_API_LIMIT, ROUTE_HEADERS);
  if (limited) return limited;
  try {
    const outcome = await routeAnswer(parsed.data, { requester: clientIp(request.headers), origin: url.origin, now });
    switch (outcome.status) {
      case "found":
        return Response.json(outcome.answer, { headers: ROUTE_HEADERS });
      case "not_found":
        return Response.json({ error: "not_found", message: NOT_FOUND_MESSAGE }, { status: 404, headers: ROUTE_HEADERS });
      case "outside":
        return Response.json(
          { error: "outside_utrecht", message: "Dit adres ligt niet in een buurt van de gemeente Utrecht. Deze dienst kent alleen adressen in Utrecht." },
          { status: 404, headers: ROUTE_HEADERS },
        );
      case "unavailable":
        return Response.json(
          { error: "unavailable", message: "Adres zoeken lukt nu niet. Probeer het later nog eens, of bel de gemeente op 14 030." },
          { status: 503, headers: { ...ROUTE_HEADERS, "Retry-After": "60" } },
        );
      case "limited":
        return rateLimitedResponse(outcome.retryAfterSeconds, ROUTE_HEADERS);
    }
  } catch (error) {
    // Logged without the query: it is someone's address.
    (await requestLog()).error("GET /api/v1/route failed", { error: errorWithoutMessage(error) });
    return Response.json(SERVER_ERROR_BODY, { status: 500, headers: ROUTE_HEADERS });
  }
}
