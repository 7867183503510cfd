// The map points are compact (issue 10, point 3): per place only what a marker needs, and a
// popup's services come from GET /api/v1/map-points/<id> with the same filters. Checked against
// the list (the public search), which has every match with its place, organisation and open
// state: the places are the list's places, and a place's entries are the list's items there in
// the list's name order.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { answerCache, resetSearchCache } from "@/lib/search/cached-search";
import { handleMapPlaceRequest, handleMapPointsRequest } from "@/lib/search/points-handler";
import { searchPlace, searchPoints } from "@/lib/search/points";
import type { SearchItem } from "@/lib/search/types";
import type { MapPlaceDetails, MapPlaceEntry, MapPointsCollection } from "@/lib/search-ui/map-features";
import { withTestDatabase } from "../support/test-database";
import { params, searchAll, TUESDAY_AFTERNOON } from "./search-helpers";

const t = withTestDatabase();

afterEach(() => resetSearchCache());

const FILTERS = ["", "wijk=overvecht", "kind=informal", "open=now", "q=schuld", "open=tu&lang=ar", "free=true&access=walk-in"];

/** What a popup entry says about a list item. */
function entryOf(item: SearchItem): MapPlaceEntry {
  return {
    itemId: item.id,
    serviceName: item.service.name,
    organisationName: item.organization.name,
    organisationSlug: item.organization.slug,
    kind: item.organization.kind === "FORMAL" ? "formal" : "informal",
    open: item.open.status === "open",
  };
}

/** The list's items per place, in the list's name order. */
async function listByPlace(filters: string): Promise<Map<string, SearchItem[]>> {
  const list = await searchAll(`${filters}&sort=name`);
  const byPlace = new Map<string, SearchItem[]>();
  for (const item of list.items) if (item.location) byPlace.set(item.location.id, [...(byPlace.get(item.location.id) ?? []), item]);
  return byPlace;
}

const getPlace = (id: string, query = "", headers: Record<string, string> = {}) =>
  handleMapPlaceRequest(new NextRequest(`http://localhost/api/v1/map-points/${encodeURIComponent(id)}?${query}`, { headers }), id, TUESDAY_AFTERNOON);

describe("compact map points", () => {
  for (const filters of FILTERS) {
    it(`hold the list's places, each with its kind and number of services (${filters || "no filter"})`, async () => {
      const byPlace = await listByPlace(filters);
      const { points } = await searchPoints(params(filters), { now: TUESDAY_AFTERNOON });
      expect(points.total).toBe(byPlace.size);
      expect(points.truncated).toBe(false);
      expect(points.features.map((f) => f.id).sort()).toEqual([...byPlace.keys()].sort());
      for (const feature of points.features) {
        const items = byPlace.get(feature.id)!;
        const kinds = new Set(items.map((i) => i.organization.kind));
        expect(Object.keys(feature.properties).sort()).toEqual(["count", "kind", "name"]);
        expect(feature.properties).toEqual({
          name: items[0].location!.name,
          kind: kinds.size > 1 ? "mixed" : kinds.has("FORMAL") ? "formal" : "informal",
          count: items.length,
        });
        const [lng, lat] = feature.geometry.coordinates;
        expect(lng).toBeCloseTo(items[0].location!.lng, 5);
        expect(lat).toBeCloseTo(items[0].location!.lat, 5);
        // Rounded to 5 decimals (about a metre).
        expect(Math.round(lng * 1e5) / 1e5).toBe(lng);
        expect(Math.round(lat * 1e5) / 1e5).toBe(lat);
      }
    });

    it(`answer each place's popup with the list's items there, in its order (${filters || "no filter"})`, async () => {
      const byPlace = await listByPlace(filters);
      for (const [id, items] of byPlace) {
        const { place } = await searchPlace(params(filters), id, { now: TUESDAY_AFTERNOON });
        const location = items[0].location!;
        expect(place).toEqual({
          id,
          name: location.name,
          address: `${location.address1}, ${location.postalCode} ${location.city}`,
          entries: items.map(entryOf),
        });
      }
    });
  }

  it("take a bounded number of bytes per place", async () => {
    const response = await handleMapPointsRequest(new NextRequest("http://localhost/api/v1/map-points"), TUESDAY_AFTERNOON);
    const body = await response.text();
    const points = JSON.parse(body) as MapPointsCollection;
    expect(points.features.length).toBeGreaterThan(40);
    // About 190 bytes a feature at the seed (id, two coordinates, kind, name, count); with the
    // popups' entries it was about 640.
    expect(body.length / points.features.length).toBeLessThan(220);
  });
});

describe("GET /api/v1/map-points/<id>", () => {
  it("answers a place's popup as JSON through the answer cache, with an ETag and a 304", async () => {
    const { points } = await searchPoints(params("wijk=overvecht"), { now: TUESDAY_AFTERNOON });
    const id = points.features[0].id;
    const first = await getPlace(id, "wijk=overvecht&page=2");
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json");
    expect(first.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
    const body = (await first.json()) as MapPlaceDetails;
    expect(body.id).toBe(id);
    expect(body.entries).toHaveLength(points.features[0].properties.count);

    const etag = first.headers.get("etag")!;
    const again = await getPlace(id, "wijk=Overvecht&sort=name");
    expect(again.headers.get("etag")).toBe(etag);
    expect(answerCache().stats.computations).toBe(1);
    const notModified = await getPlace(id, "wijk=overvecht", { "If-None-Match": etag });
    expect(notModified.status).toBe(304);
    // Another place of the same search is another answer.
    await getPlace(points.features[1].id, "wijk=overvecht");
    expect(answerCache().stats.computations).toBe(2);
  });

  it("answers a published place the filters exclude with no entries", async () => {
    const everywhere = await listByPlace("");
    const informal = await listByPlace("kind=informal");
    const formalOnly = [...everywhere.keys()].find((id) => !informal.has(id))!;
    const response = await getPlace(formalOnly, "kind=informal");
    expect(response.status).toBe(200);
    expect(((await response.json()) as MapPlaceDetails).entries).toEqual([]);
  });

  it("answers 400 with field messages for a bad id or filter", async () => {
    const badFilter = await getPlace("loc-1", "open=someday");
    expect(badFilter.status).toBe(400);
    expect(await badFilter.json()).toMatchObject({ error: "invalid_parameter", parameter: "open" });

    const badId = await getPlace("not a place!", "wijk=overvecht");
    expect(badId.status).toBe(400);
    expect(await badId.json()).toMatchObject({ error: "invalid_parameter", parameter: "id", issues: [{ parameter: "id", message: expect.stringMatching(/id/) }] });

    const both = await getPlace("x".repeat(65), "per_page=0");
    expect(both.status).toBe(400);
    expect(((await both.json()) as { issues: { parameter: string }[] }).issues.map((i) => i.parameter)).toEqual(["id", "per_page"]);
    expect(answerCache().stats.computations).toBe(0);
  });

  it("answers 404 for an unknown place and for a place whose services are all unpublished", async () => {
    const unknown = await getPlace("nosuchplace");
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("cache-control")).toBe("no-store");
    expect(await unknown.json()).toMatchObject({ error: "not_found" });

    const [{ id }] = await t.db.$queryRawUnsafe<{ id: string }[]>(`
      SELECT l.id FROM "Location" l
      WHERE EXISTS (SELECT 1 FROM "ServiceAtLocation" sal WHERE sal."locationId" = l.id)
      ORDER BY (SELECT count(*) FROM "ServiceAtLocation" sal WHERE sal."locationId" = l.id), l.id LIMIT 1`);
    expect((await getPlace(id)).status).toBe(200);
    await t.db.$executeRawUnsafe(
      `UPDATE "Organization" SET status = 'DRAFT' WHERE id IN (SELECT s."organizationId" FROM "Service" s JOIN "ServiceAtLocation" sal ON sal."serviceId" = s.id WHERE sal."locationId" = $1)`,
      id,
    );
    resetSearchCache();
    expect((await getPlace(id)).status).toBe(404);
  });
});
