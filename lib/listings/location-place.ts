import "server-only";
// Where an address lies: the point the form sent (looked up or pinned in the browser), or —
// when the form came without one, e.g. without JavaScript — the point PDOK finds for the
// address. The buurt always comes from the point itself, so a pin moved by hand counts, and a
// point outside the municipality is refused.
import { headers } from "next/headers";
import { RuleError } from "../actions/errors";
import { clientIp } from "../auth/client-ip";
import { locateBuurt } from "../geo/locate-buurt";
import { geocodeAddress } from "../map/geocode-address";
import { referenceData } from "../search/reference-data";

export type Place = { latitude: number; longitude: number; buurtCode: string };

type Address = { address1: string; postalCode: string; latitude: number | null; longitude: number | null };

async function pointOf(input: Address): Promise<{ lat: number; lng: number }> {
  if (input.latitude !== null && input.longitude !== null) return { lat: input.latitude, lng: input.longitude };
  const outcome = await geocodeAddress(`${input.address1} ${input.postalCode.replace(" ", "")}`, clientIp(await headers()));
  switch (outcome.status) {
    case "found":
      return { lat: outcome.address.lat, lng: outcome.address.lng };
    case "not_found":
    case "invalid":
      throw new RuleError("addressNotFound", "address1");
    case "unavailable":
      throw new RuleError("geocodeUnavailable", "address1");
    case "limited":
      throw new RuleError("geocodeLimited", "address1");
  }
}

/** The point and buurt of an address; RuleError("outsideUtrecht") for a point outside the city. */
export async function placeOf(input: Address): Promise<Place> {
  const point = await pointOf(input);
  const { buurten } = await referenceData();
  const located = locateBuurt(point, buurten);
  if (!located) throw new RuleError("outsideUtrecht", "address1");
  return { latitude: point.lat, longitude: point.lng, buurtCode: located.buurtCode };
}
