// HTTP side of the answer cache on GET /api/v1/services: ETag and If-None-Match → 304,
// Cache-Control bounded by the answer's validUntil, and 503 + Retry-After when this instance
// already runs as many searches as it may (the limit held by a promise the test controls).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { handleServicesRequest } from "@/lib/search/api-handler";
import { answerCache, resetSearchCache, searchLimit, searchServicesAnswer } from "@/lib/search/cached-search";
import { searchServices } from "@/lib/search/queries";
import { params, TUESDAY_AFTERNOON } from "./search/search-helpers";
import { withSecondConnection } from "./support/second-connection";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
// The first search of a day may refresh the openings window, a write that raises the data
// version; done first so the tests start from a settled version.
const other = withSecondConnection(t, () => searchServices(params("per_page=1"), { now: TUESDAY_AFTERNOON }));

afterEach(() => {
  for (const name of ["SEARCH_CONCURRENCY", "SEARCH_QUEUE"]) delete process.env[name];
  resetEnv();
  resetSearchCache();
});

const get = (query: string, headers: Record<string, string> = {}, now = TUESDAY_AFTERNOON) =>
  handleServicesRequest(new NextRequest(`http://localhost/api/v1/services?${query}`, { headers }), now);

describe("ETag and If-None-Match", () => {
  it("gives the same answer the same strong ETag and answers 304 without a body to a client that has it", async () => {
    const first = await get("wijk=overvecht&per_page=5");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    const body = await first.text();

    const again = await get("per_page=5&wijk=Overvecht");
    expect(again.headers.get("etag")).toBe(etag);
    expect([first.headers.get("x-answer-cache"), again.headers.get("x-answer-cache")]).toEqual(["miss", "hit"]);
    expect(await again.text()).toBe(body);

    const notModified = await get("wijk=overvecht&per_page=5", { "If-None-Match": `"other", ${etag}` });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(notModified.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    expect(notModified.headers.get("access-control-allow-origin")).toBe("*");
    expect(notModified.headers.get("vary")).toMatch(/Accept-Encoding/);
  });

  it("tags JSON and GeoJSON apart, and a publish gives a new tag and a 200", async () => {
    const json = await get("per_page=100");
    const geo = await get("per_page=100&format=geojson");
    const etag = json.headers.get("etag")!;
    expect(geo.headers.get("etag")).not.toBe(etag);

    const { items } = (await json.json()) as { items: { service: { id: string; name: string } }[] };
    await other.query(`UPDATE "Service" SET name = $2 WHERE id = $1`, [items[0].service.id, `${items[0].service.name} (nieuw)`]);

    const after = await get("per_page=100", { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(await after.text()).toContain(`${items[0].service.name} (nieuw)`);
  });
});

describe("Cache-Control", () => {
  it("lets no browser or CDN keep an open=now answer past its next opening or closing", async () => {
    const { validUntil } = await searchServicesAnswer(params("open=now"), { now: TUESDAY_AFTERNOON });
    const change = validUntil!.getTime();
    const tenSecondsBefore = new Date(change - 10_000);
    const response = await get("open=now", {}, tenSecondsBefore);
    expect(response.headers.get("cache-control")).toBe("public, max-age=10, s-maxage=10");
  });
});

describe("bounded under load", () => {
  it("answers 503 with Retry-After and the API's error body when every turn is taken and the queue is full; cached answers still flow", async () => {
    process.env.SEARCH_CONCURRENCY = "1";
    process.env.SEARCH_QUEUE = "0";
    resetEnv();
    resetSearchCache();
    expect((await get("kind=formal")).status).toBe(200);

    let release!: () => void;
    const holding = searchLimit().run(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      const busy = await get("kind=informal");
      expect(busy.status).toBe(503);
      expect(busy.headers.get("retry-after")).toBe("2");
      expect(busy.headers.get("cache-control")).toBe("no-store");
      expect(busy.headers.get("access-control-allow-origin")).toBe("*");
      expect(await busy.json()).toEqual({
        error: "busy",
        message: "Het is nu te druk om te zoeken. Probeer het over 2 seconden opnieuw.",
        retry_after: 2,
      });
      // From the cache: no turn needed.
      expect((await get("kind=formal")).status).toBe(200);
    } finally {
      release();
      await holding;
    }
    expect((await get("kind=informal")).status).toBe(200);
    expect(searchLimit().refused).toBe(1);
    expect(answerCache().stats.computations).toBe(2);
  });
});
