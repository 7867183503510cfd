// The geocoder's rate limit holds on every path that geocodes, not only GET /api/v1/geocode:
// the map page's address box without JavaScript (runPageSearch, "/?adres=…") and the referral
// helper count in the same bucket, and over the limit they say so and do not ask PDOK.
import { describe, expect, it } from "vitest";
import { GET as geocodeRoute } from "@/app/api/v1/geocode/route";
import { runPageSearch } from "@/lib/map/page-search";
import { GEOCODER_LIMIT } from "@/lib/ratelimit/limits";
import { hitRateLimit } from "@/lib/ratelimit/rate-limit";
import { parseHelperQuery } from "@/lib/referral-helper/params";
import { resolveClientArea } from "@/lib/referral-helper/queries";
import { ADDRESS_PARAM } from "@/lib/search-ui/page-params";
import { withPdokStub } from "./support/pdok";
import { withTestDatabase } from "./support/test-database";
import { behindOneProxyInAFreshWindow } from "./support/rate-limit-clock";

withTestDatabase();
const pdok = withPdokStub();

behindOneProxyInAFreshWindow(GEOCODER_LIMIT);

let counter = 0;
const newVisitor = () => `198.51.100.${++counter}`;

async function useUp(visitor: string, left: number): Promise<void> {
  for (let i = 0; i < GEOCODER_LIMIT.limit - left; i++) await hitRateLimit(GEOCODER_LIMIT, visitor);
}

const typed = (address: string) => new URLSearchParams({ [ADDRESS_PARAM]: address });

describe("the geocoder's rate limit on the pages", () => {
  it("the map page's address box: the last allowed address is found, the next is limited without asking PDOK", async () => {
    const visitor = newVisitor();
    await useUp(visitor, 1);
    const allowed = await runPageSearch(typed("Bolognalaan 101"), new Date(), visitor);
    expect(allowed.address).toMatchObject({ status: "found" });

    const asked = pdok.stub.requests.length;
    const limited = await runPageSearch(typed("Bolognalaan 101"), new Date(), visitor);
    expect(limited.address).toEqual({ status: "limited", retryAfterSeconds: 59 });
    expect(pdok.stub.requests.length).toBe(asked);
    // The search itself still runs, without the address.
    expect(limited.result).not.toBeNull();
    expect(limited.query.has("near")).toBe(false);

    // Another visitor is not held back.
    expect((await runPageSearch(typed("Bolognalaan 101"), new Date(), newVisitor())).address).toMatchObject({ status: "found" });
  });

  it("the referral helper: limited without asking PDOK", async () => {
    const visitor = newVisitor();
    await useUp(visitor, 0);
    const asked = pdok.stub.requests.length;
    expect(await resolveClientArea(parseHelperQuery({ adres: "Bolognalaan 101" }), visitor)).toEqual({ status: "limited", retryAfterSeconds: 59 });
    expect(pdok.stub.requests.length).toBe(asked);
  });

  it("pages and the API count in one bucket: addresses typed on the page use up the API's allowance", async () => {
    const visitor = newVisitor();
    await useUp(visitor, 2);
    expect((await runPageSearch(typed("Bolognalaan 101"), new Date(), visitor)).address).toMatchObject({ status: "found" });
    expect((await resolveClientArea(parseHelperQuery({ adres: "Bolognalaan 101" }), visitor)).status).toBe("found");
    const response = await geocodeRoute(new Request("http://localhost/api/v1/geocode?q=Bolognalaan%20101", { headers: { "x-forwarded-for": visitor } }));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("59");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ error: "rate_limited" });
  });
});
