import "server-only";
// Address or postcode → a point, through PDOK, called by our server only: the visitor's
// browser never talks to a third party about where they live. Used by /api/v1/geocode (the
// address box with JavaScript), the map page itself (the same box without it), the referral
// helper and the location form. Every one of them goes through here, so the geocoder's rate
// limit (GEOCODER_LIMIT, per client address) is counted here too: no page bypasses it.
import { z } from "zod";
import { env } from "../env";
import { geocode, PdokQueryError, PdokUnavailableError } from "../geo/pdok";
import { requestLog } from "../log";
import { GEOCODER_LIMIT } from "../ratelimit/limits";
import { retryAfterIfLimited } from "../ratelimit/response";

export const addressQuerySchema = z
  .string({ message: "Typ een adres of postcode." })
  .trim()
  .min(2, { message: "Typ minstens 2 tekens van een adres of postcode." })
  .max(100, { message: "Een adres of postcode is hoogstens 100 tekens." });

export type FoundAddress = { label: string; lat: number; lng: number; buurtCode: string | null; wijkCode: string | null };

export type GeocodeOutcome =
  | { status: "found"; address: FoundAddress }
  | { status: "not_found" }
  | { status: "invalid"; message: string }
  | { status: "unavailable" }
  /** Over the geocoder's rate limit: PDOK was not asked. */
  | { status: "limited"; retryAfterSeconds: number };

/**
 * `clientAddress`: who asks (lib/auth/client-ip.ts), counted against GEOCODER_LIMIT. A query
 * refused before PDOK would be asked (empty, too long) is not counted.
 */
export async function geocodeAddress(q: unknown, clientAddress: string): Promise<GeocodeOutcome> {
  const query = addressQuerySchema.safeParse(q);
  if (!query.success) return { status: "invalid", message: query.error.issues[0]?.message ?? "Ongeldig adres." };
  const retryAfterSeconds = await retryAfterIfLimited(GEOCODER_LIMIT, clientAddress);
  if (retryAfterSeconds !== null) return { status: "limited", retryAfterSeconds };
  try {
    const address = await geocode(query.data, { baseUrl: env().PDOK_LOCATIESERVER_URL });
    if (!address) return { status: "not_found" };
    const { label, lat, lng, buurtCode, wijkCode } = address;
    return { status: "found", address: { label, lat, lng, buurtCode: buurtCode ?? null, wijkCode: wijkCode ?? null } };
  } catch (error) {
    if (error instanceof PdokQueryError) return { status: "invalid", message: "Typ een adres of postcode in Utrecht." };
    if (error instanceof PdokUnavailableError) {
      // Logged without the query: it is someone's address.
      (await requestLog()).warn("PDOK Locatieserver niet beschikbaar", { reason: error.reason, status: error.status });
      return { status: "unavailable" };
    }
    throw error;
  }
}
