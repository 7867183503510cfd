import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/wijken.geojson/route";
import { withTestDatabase } from "./support/test-database";

withTestDatabase();

const URL = "http://localhost/api/v1/wijken.geojson";

describe("GET /api/v1/wijken.geojson", () => {
  it("serves the ten wijk outlines as a cacheable GeoJSON file", async () => {
    const response = await GET(new Request(URL));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/geo+json");
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d{5,}/);
    const body = (await response.json()) as { type: string; features: { properties: { slug: string }; geometry: { type: string } }[] };
    expect(body.type).toBe("FeatureCollection");
    expect(body.features).toHaveLength(10);
    expect(body.features.map((f) => f.properties.slug)).toContain("overvecht");
    expect(body.features.every((f) => /Polygon$/.test(f.geometry.type))).toBe(true);
  });

  it("answers 304 without a body when the browser has this version, 200 for another", async () => {
    const etag = (await GET(new Request(URL))).headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const same = await GET(new Request(URL, { headers: { "If-None-Match": `W/${etag}` } }));
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    const other = await GET(new Request(URL, { headers: { "If-None-Match": '"old"' } }));
    expect(other.status).toBe(200);
  });
});
