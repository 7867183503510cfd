// GET /api/v1/map-points through the answer cache: paging and order do not make a new answer,
// ETag/304 as on /api/v1/services, a publish in another connection gives fresh points (and a
// fresh popup, GET /api/v1/map-points/<id>).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { answerCache, resetSearchCache } from "@/lib/search/cached-search";
import { handleMapPlaceRequest, handleMapPointsRequest } from "@/lib/search/points-handler";
import { searchServices } from "@/lib/search/queries";
import { params, TUESDAY_AFTERNOON } from "./search/search-helpers";
import { withSecondConnection } from "./support/second-connection";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
// The first search of a day may refresh the openings window, a write that raises the data
// version; done first so the tests start from a settled version.
const other = withSecondConnection(t, () => searchServices(params("per_page=1"), { now: TUESDAY_AFTERNOON }));

afterEach(() => resetSearchCache());

const get = (query: string, headers: Record<string, string> = {}) =>
  handleMapPointsRequest(new NextRequest(`http://localhost/api/v1/map-points?${query}`, { headers }), TUESDAY_AFTERNOON);

type Points = { features: { id: string; properties: { name: string } }[] };

describe("map points through the answer cache", () => {
  it("answers every page and order of one search from one computation, with one ETag and a 304", async () => {
    const first = await get("wijk=overvecht");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/geo+json");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+, s-maxage=\d+/);
    const etag = first.headers.get("etag")!;
    const body = await first.text();

    const paged = await get("page=2&per_page=5&sort=name&wijk=Overvecht");
    expect(paged.headers.get("etag")).toBe(etag);
    expect(await paged.text()).toBe(body);
    expect(answerCache().stats.computations).toBe(1);

    const notModified = await get("wijk=overvecht", { "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
  });

  it("gives fresh points after a publish in another connection", async () => {
    const before = (await (await get("")).json()) as Points;
    const place = before.features[0];
    const renamed = `${place.properties.name} (nieuw)`;
    await other.query(`UPDATE "Location" SET name = $2 WHERE id = $1`, [place.id, renamed]);
    const after = (await (await get("")).json()) as Points;
    expect(after.features.map((f) => f.properties.name)).toContain(renamed);
  });

  it("gives a fresh popup after a publish in another connection", async () => {
    const { id } = ((await (await get("")).json()) as Points).features[0];
    const popup = () => handleMapPlaceRequest(new NextRequest(`http://localhost/api/v1/map-points/${id}`), id, TUESDAY_AFTERNOON);
    const before = (await (await popup()).json()) as { entries: { serviceName: string }[] };
    const renamed = `${before.entries[0].serviceName} (nieuw)`;
    await other.query(`UPDATE "Service" SET name = $2 WHERE name = $1`, [before.entries[0].serviceName, renamed]);
    const after = (await (await popup()).json()) as { entries: { serviceName: string }[] };
    expect(after.entries.map((e) => e.serviceName)).toContain(renamed);
  });
});
