// Per-address rate limits of the public API and the geocoder (lib/ratelimit), through the route
// handlers themselves. The counters live in PostgreSQL, so two web instances (here: two Prisma
// clients on one database) count the same requests. The search API and map points count only
// requests that start a computation (not answers from the answer cache): the tests of the limit
// itself ask a new question each time, as a scraper would.
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as servicesRoute } from "@/app/api/v1/services/route";
import { GET as mapPointsRoute } from "@/app/api/v1/map-points/route";
import { GET as mapPlaceRoute } from "@/app/api/v1/map-points/[id]/route";
import { GET as hsdsRoute } from "@/app/api/hsds/services/route";
import { GET as geocodeRoute } from "@/app/api/v1/geocode/route";
import { addressKey } from "@/lib/auth/address-key";
import { keyedHash } from "@/lib/auth/secret";
import { createPrismaClient, type Db } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { GEOCODER_LIMIT, MAP_PLACE_LIMIT, PUBLIC_API_LIMIT, type RateLimit } from "@/lib/ratelimit/limits";
import { deleteExpiredWindows, hitRateLimit } from "@/lib/ratelimit/rate-limit";
import { answerCache, resetSearchCache } from "@/lib/search/cached-search";
import { searchServices } from "@/lib/search/queries";
import { params } from "./search/search-helpers";
import { withPdokStub } from "./support/pdok";
import { withTestDatabase } from "./support/test-database";
import { behindOneProxyInAFreshWindow } from "./support/rate-limit-clock";

const t = withTestDatabase();
const pdok = withPdokStub();

const WINDOW_START = behindOneProxyInAFreshWindow(PUBLIC_API_LIMIT);

let addressCounter = 0;
/** A fresh documentation address (RFC 5737) per test, so tests do not share counters. */
const newAddress = () => `203.0.113.${++addressCounter}`;

let questionCounter = 0;
/** A question no earlier request asked (another page), so it is computed, and counted. */
const newQuestion = () => `per_page=1&page=${++questionCounter}`;

const from = (address: string, headers: Record<string, string> = {}) => ({ ...headers, "x-forwarded-for": address });
const services = (address: string, query = newQuestion(), headers: Record<string, string> = {}) =>
  servicesRoute(new NextRequest(`http://localhost/api/v1/services?${query}`, { headers: from(address, headers) }));
const mapPoints = (address: string, query: string, headers: Record<string, string> = {}) =>
  mapPointsRoute(new NextRequest(`http://localhost/api/v1/map-points?${query}`, { headers: from(address, headers) }));
const mapPlace = (address: string, id: string, query: string) =>
  mapPlaceRoute(new NextRequest(`http://localhost/api/v1/map-points/${id}?${query}`, { headers: from(address) }), { params: Promise.resolve({ id }) });
const hsds = (address: string, query = "per_page=1") => hsdsRoute(new NextRequest(`http://localhost/api/hsds/services?${query}`, { headers: from(address) }));
const geocode = (address: string) => geocodeRoute(new Request("http://localhost/api/v1/geocode?q=Bolognalaan%20101", { headers: from(address) }));

/** Uses up all but the last `left` requests of `address`'s current window, as if it had called before. */
async function useUp(limit: RateLimit, address: string, left: number, db?: Db): Promise<void> {
  for (let i = 0; i < limit.limit - left; i++) await hitRateLimit(limit, address, { db });
}

/** The requests of `address` counted against the public API limit in the current window. */
async function counted(address: string): Promise<number> {
  const row = await t.db.rateLimitWindow.findFirst({
    where: { bucket: PUBLIC_API_LIMIT.bucket, keyHash: keyedHash(addressKey(address)), windowStart: new Date(WINDOW_START) },
  });
  return row?.count ?? 0;
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

describe("the public API counts only requests that start a computation", () => {
  beforeEach(async () => {
    // The first search of a day may refresh the openings window, a write that raises the data
    // version (a miss for everything after it); done first so each test starts settled.
    await searchServices(params("per_page=1"), { now: new Date() });
    resetSearchCache();
  });
  afterEach(() => {
    delete process.env.SEARCH_CACHE;
    resetEnv();
    resetSearchCache();
  });

  it("answers identical requests beyond the limit from one computation, counted once", async () => {
    const address = newAddress();
    await useUp(PUBLIC_API_LIMIT, address, 1);
    const query = "wijk=overvecht&per_page=5";
    // At the same time: one starts the search (the last request the window allows), the others share it.
    const together = await Promise.all(Array.from({ length: 5 }, () => services(address, query)));
    // Afterwards: from memory.
    const after = [];
    for (let i = 0; i < 5; i++) after.push(await services(address, query));
    expect([...together, ...after].map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(answerCache().stats.computations).toBe(1);
    expect(await counted(address)).toBe(PUBLIC_API_LIMIT.limit);
  });

  it("answers 429 with Retry-After and the API's error body to a new question beyond the limit", async () => {
    const address = newAddress();
    await useUp(PUBLIC_API_LIMIT, address, 1);
    expect((await services(address, "kind=formal")).status).toBe(200);
    await expect429(await services(address, "kind=informal"), true);
    // Refused before it computed: nothing ran or was kept for it.
    expect(answerCache().stats.computations).toBe(1);
    expect(answerCache().stats.entries).toBe(1);
    // Still answered from memory.
    expect((await services(address, "kind=formal")).status).toBe(200);
  });

  it("counts every request when the cache is off (SEARCH_CACHE=0)", async () => {
    process.env.SEARCH_CACHE = "0";
    resetEnv();
    resetSearchCache();
    const address = newAddress();
    await useUp(PUBLIC_API_LIMIT, address, 2);
    const query = "wijk=overvecht&per_page=5";
    expect((await services(address, query)).status).toBe(200);
    expect((await services(address, query)).status).toBe(200);
    await expect429(await services(address, query), true);
    await expect429(await mapPoints(address, "wijk=overvecht"), true);
    expect(answerCache().stats.computations).toBe(2);
  });

  it("does not count a revalidation answered 304", async () => {
    const address = newAddress();
    await useUp(PUBLIC_API_LIMIT, address, 1);
    const query = "category=schuldhulp&per_page=5";
    const first = await services(address, query);
    const etag = first.headers.get("etag")!;
    const revalidated = await services(address, query, { "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(await counted(address)).toBe(PUBLIC_API_LIMIT.limit);
  });

  it("counts map points the same way: every page and order of one map from one counted computation, 304s free, new filters refused", async () => {
    const address = newAddress();
    await useUp(PUBLIC_API_LIMIT, address, 1);
    const together = await Promise.all([
      mapPoints(address, "wijk=overvecht"),
      mapPoints(address, "wijk=Overvecht&sort=name"),
      mapPoints(address, "page=2&wijk=overvecht"),
    ]);
    expect(together.map((response) => response.status)).toEqual([200, 200, 200]);
    const etag = together[0].headers.get("etag")!;
    expect((await mapPoints(address, "wijk=overvecht")).status).toBe(200);
    expect((await mapPoints(address, "wijk=overvecht", { "If-None-Match": etag })).status).toBe(304);
    expect(answerCache().stats.computations).toBe(1);
    expect(await counted(address)).toBe(PUBLIC_API_LIMIT.limit);
    await expect429(await mapPoints(address, "wijk=zuid"), true);
  });

  it("counts a popup's place answer against a limit of its own: once per place and filters, repeats free", async () => {
    const [place] = await t.db.$queryRaw<{ id: string }[]>`
      SELECT l.id FROM "Location" l JOIN "ServiceAtLocation" sal ON sal."locationId" = l.id
      JOIN "Service" s ON s.id = sal."serviceId" JOIN "Organization" o ON o.id = s."organizationId"
      WHERE o.status = 'PUBLISHED' AND s.status = 'ACTIVE' ORDER BY l.id LIMIT 1`;
    const address = newAddress();
    // Searches used up: popups still open.
    await useUp(PUBLIC_API_LIMIT, address, 0);
    await useUp(MAP_PLACE_LIMIT, address, 1);
    const answers = [await mapPlace(address, place.id, "kind=formal"), await mapPlace(address, place.id, "kind=formal")];
    expect(answers.map((response) => response.status)).toEqual([200, 200]);
    const row = await t.db.rateLimitWindow.findFirst({
      where: { bucket: MAP_PLACE_LIMIT.bucket, keyHash: keyedHash(addressKey(address)), windowStart: new Date(WINDOW_START) },
    });
    expect(row?.count).toBe(MAP_PLACE_LIMIT.limit);
    expect(await counted(address)).toBe(PUBLIC_API_LIMIT.limit);
    await expect429(await mapPlace(address, place.id, "kind=informal"), true);
  });

  it("writes no count for a refused parameter (400)", async () => {
    const address = newAddress();
    expect((await services(address, "per_page=0")).status).toBe(400);
    expect((await mapPoints(address, "open=someday")).status).toBe(400);
    expect((await hsds(address, "page=0")).status).toBe(400);
    expect(await counted(address)).toBe(0);
  });

  it("still counts every HSDS request: the export does not go through the answer cache", async () => {
    const address = newAddress();
    await useUp(PUBLIC_API_LIMIT, address, 2);
    expect((await hsds(address)).status).toBe(200);
    expect((await hsds(address)).status).toBe(200);
    await expect429(await hsds(address), true);
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
