// Per-address rate limits of the public API and the geocoder (lib/ratelimit), through the route
// handlers themselves. The counters live in PostgreSQL, so two web instances (here: two Prisma
// clients on one database) count the same requests.
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { GET as servicesRoute } from "@/app/api/v1/services/route";
import { GET as hsdsRoute } from "@/app/api/hsds/services/route";
import { GET as geocodeRoute } from "@/app/api/v1/geocode/route";
import { createPrismaClient, type Db } from "@/lib/db";
import { GEOCODER_LIMIT, PUBLIC_API_LIMIT, type RateLimit } from "@/lib/ratelimit/limits";
import { deleteExpiredWindows, hitRateLimit } from "@/lib/ratelimit/rate-limit";
import { withPdokStub } from "./support/pdok";
import { withTestDatabase } from "./support/test-database";
import { behindOneProxyInAFreshWindow } from "./support/rate-limit-clock";

const t = withTestDatabase();
const pdok = withPdokStub();

const WINDOW_START = behindOneProxyInAFreshWindow(PUBLIC_API_LIMIT);

let addressCounter = 0;
/** A fresh documentation address (RFC 5737) per test, so tests do not share counters. */
const newAddress = () => `203.0.113.${++addressCounter}`;

const from = (address: string) => ({ "x-forwarded-for": address });
const services = (address: string) => servicesRoute(new NextRequest("http://localhost/api/v1/services?per_page=1", { headers: from(address) }));
const hsds = (address: string) => hsdsRoute(new NextRequest("http://localhost/api/hsds/services?per_page=1", { headers: from(address) }));
const geocode = (address: string) => geocodeRoute(new Request("http://localhost/api/v1/geocode?q=Bolognalaan%20101", { headers: from(address) }));

/** Uses up all but the last `left` requests of `address`'s current window, as if it had called before. */
async function useUp(limit: RateLimit, address: string, left: number, db?: Db): Promise<void> {
  for (let i = 0; i < limit.limit - left; i++) await hitRateLimit(limit, address, { db });
}

async function expect429(response: Response, cors: boolean): Promise<void> {
  expect(response.status).toBe(429);
  // A second into the window: 59 seconds until it ends.
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBe(59);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("access-control-allow-origin")).toBe(cors ? "*" : null);
  expect(await response.json()).toEqual({ error: "rate_limited", message: expect.stringMatching(/Te veel verzoeken/), retry_after: retryAfter });
}

describe("rate limits of the public API", () => {
  it(`allows ${PUBLIC_API_LIMIT.limit} requests a minute from one address, then answers 429 with Retry-After`, async () => {
    const address = newAddress();
    await useUp(PUBLIC_API_LIMIT, address, 1);
    expect((await services(address)).status).toBe(200);
    await expect429(await services(address), true);
    // The HSDS export counts in the same bucket.
    await expect429(await hsds(address), true);
  });

  it("leaves another address alone", async () => {
    const busy = newAddress();
    await useUp(PUBLIC_API_LIMIT, busy, 0);
    expect((await services(busy)).status).toBe(429);
    expect((await services(newAddress())).status).toBe(200);
    expect((await hsds(newAddress())).status).toBe(200);
  });

  it("lets the address in again when the window is over", async () => {
    const start = WINDOW_START;
    vi.setSystemTime(start + 59_500);
    const address = newAddress();
    await useUp(PUBLIC_API_LIMIT, address, 0);
    const refused = await services(address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("1");
    vi.setSystemTime(start + 60_000);
    expect((await services(address)).status).toBe(200);
  });

  it("counts requests handled by two instances together (two database clients)", async () => {
    const address = newAddress();
    // "Instance 2" has its own client and connection pool; the route handler uses the app's.
    const secondInstance = createPrismaClient(t.url);
    try {
      await useUp(PUBLIC_API_LIMIT, address, PUBLIC_API_LIMIT.limit / 2, secondInstance);
      for (let i = 0; i < PUBLIC_API_LIMIT.limit / 2 - 1; i++) await hitRateLimit(PUBLIC_API_LIMIT, address);
      expect((await services(address)).status).toBe(200);
      await expect429(await services(address), true);
      expect((await hitRateLimit(PUBLIC_API_LIMIT, address, { db: secondInstance })).allowed).toBe(false);
    } finally {
      await secondInstance.$disconnect();
    }
  });

  it("keeps keyed hashes, never the address, and removes windows that are over", async () => {
    const address = newAddress();
    const now = new Date();
    await hitRateLimit(PUBLIC_API_LIMIT, address, { now: new Date(now.getTime() - 10 * 60_000) });
    await hitRateLimit(PUBLIC_API_LIMIT, address, { now });
    const rows = await t.db.rateLimitWindow.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.keyHash).not.toContain("203.0.113");
    const stored = (await t.db.rateLimitWindow.findMany()).length;
    await deleteExpiredWindows(t.db, now);
    const left = await t.db.rateLimitWindow.findMany();
    expect(left.length).toBeLessThan(stored);
    for (const row of left) expect(row.windowStart.getTime()).toBeGreaterThanOrEqual(now.getTime() - 60_000);
  });
});

describe("rate limit of the geocoder", () => {
  it(`allows ${GEOCODER_LIMIT.limit} addresses a minute, then answers 429 without asking PDOK`, async () => {
    const address = newAddress();
    await useUp(GEOCODER_LIMIT, address, 1);
    expect((await geocode(address)).status).toBe(200);
    const asked = pdok.stub.requests.length;
    await expect429(await geocode(address), false);
    expect(pdok.stub.requests.length).toBe(asked);
    expect((await geocode(newAddress())).status).toBe(200);
    // The geocoder's bucket is its own: the API still answers this address.
    expect((await services(address)).status).toBe(200);
  });
});
