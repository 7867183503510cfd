// GET /api/v1/services: the route handler with NextRequests, as Next.js calls it.
import Ajv from "ajv";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { dynamic, GET } from "@/app/api/v1/services/route";
import { disconnectDb } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { handleServicesRequest } from "@/lib/search/api-handler";
import type { SearchResult } from "@/lib/search/types";
import { withTestDatabase } from "../support/test-database";
import { TUESDAY_AFTERNOON } from "./search-helpers";
import { seedItems } from "./seed-items";

const t = withTestDatabase();

const request = (query: string) => new NextRequest(`http://localhost/api/v1/services${query ? `?${query}` : ""}`);
const get = (query: string) => handleServicesRequest(request(query), TUESDAY_AFTERNOON);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("GET /api/v1/services", () => {
  it("answers JSON with total, page, per_page, items, facets and near", async () => {
    const response = await get("wijk=overvecht&per_page=5");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as SearchResult;
    expect(Object.keys(body).sort()).toEqual(["facets", "items", "near", "page", "per_page", "total"]);
    expect(body).toMatchObject({ page: 1, per_page: 5, near: null });
    expect(body.items).toHaveLength(5);
    expect(body.total).toBeGreaterThan(5);
    expect(body.items[0].open.status).toMatch(/^(open|closed|unknown)$/);
  });

  it("sets cache, CORS and Vary headers", async () => {
    const response = await get("");
    // At most a minute, and never past the next opening or closing (search-cache-http.test.ts).
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=([1-5]?\d|60), s-maxage=([1-5]?\d|60)(, stale-while-revalidate=\d+)?$/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("vary")).toMatch(/Accept-Encoding/);
  });

  it("is a dynamic route whose GET uses the real clock", async () => {
    expect(dynamic).toBe("force-dynamic");
    const response = await GET(request("per_page=1"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as SearchResult;
    expect(body.total).toBe(seedItems.length);
  });

  it("answers GeoJSON with format=geojson: Points in [lng, lat] order, paging as foreign members", async () => {
    const [geo, json] = await Promise.all([get("format=geojson&per_page=100"), get("per_page=100")]);
    expect(geo.status).toBe(200);
    expect(geo.headers.get("content-type")).toBe("application/geo+json");
    expect(geo.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const collection = (await geo.json()) as {
      type: string;
      total: number;
      page: number;
      features: { id: string; geometry: { coordinates: number[] }; properties: { location: Record<string, unknown> } }[];
    };
    const body = (await json.json()) as SearchResult;

    const ajv = new Ajv({ strict: true });
    const validate = ajv.compile({
      type: "object",
      required: ["type", "features"],
      properties: {
        type: { const: "FeatureCollection" },
        features: {
          type: "array",
          items: {
            type: "object",
            required: ["type", "geometry", "properties"],
            properties: {
              type: { const: "Feature" },
              id: { type: "string" },
              geometry: {
                type: "object",
                required: ["type", "coordinates"],
                properties: {
                  type: { const: "Point" },
                  coordinates: { type: "array", minItems: 2, maxItems: 2, items: { type: "number" } },
                },
              },
              properties: { type: "object" },
            },
          },
        },
      },
    });
    expect(validate(collection), JSON.stringify(validate.errors)).toBe(true);

    const located = body.items.filter((i) => i.location);
    expect(collection.features).toHaveLength(located.length);
    expect(located.length).toBeLessThan(body.items.length);
    expect(collection).toMatchObject({ total: body.total, page: 1 });
    for (const [index, feature] of collection.features.entries()) {
      const item = located[index];
      expect(feature.id).toBe(item.id);
      // Utrecht: longitude about 5.1, latitude about 52.1.
      expect(feature.geometry.coordinates).toEqual([item.location?.lng, item.location?.lat]);
      expect(feature.geometry.coordinates[0]).toBeLessThan(6);
      expect(feature.properties.location).not.toHaveProperty("lat");
      expect(feature.properties.location).not.toHaveProperty("lng");
      expect(feature.properties.location.name).toBe(item.location?.name);
    }
  });

  describe("refuses invalid input with 400, naming the parameter", () => {
    const cases: [query: string, parameter: string][] = [
      [`q=${"x".repeat(101)}`, "q"],
      ["q=a&q=b", "q"],
      ["wijk=%21%21", "wijk"],
      ["wijk=atlantis", "wijk"],
      ["buurt=%21", "buurt"],
      ["buurt=nergenshuizen", "buurt"],
      ["category=Voedsel_hulp", "category"],
      ["category=bestaat-niet", "category"],
      ["phase=betalen", "phase"],
      ["phase=oplossen&phase=nope", "phase"],
      ["kind=commercial", "kind"],
      ["open=tomorrow", "open"],
      ["open=tu&at=25:00", "at"],
      ["at=14:00", "at"],
      ["lang=arabic", "lang"],
      [Array.from({ length: 21 }, () => "lang=ar").join("&"), "lang"],
      ["access=walk-in&access=fax", "access"],
      ["free=yes", "free"],
      ["no_registration=2", "no_registration"],
      ["near=utrecht", "near"],
      ["near=40.4,-3.7", "near"],
      ["sort=price", "sort"],
      ["sort=distance", "sort"],
      ["page=0", "page"],
      ["page=abc", "page"],
      ["page=1001", "page"],
      ["per_page=0", "per_page"],
      ["per_page=101", "per_page"],
      ["per_page=2.5", "per_page"],
      ["format=xml", "format"],
    ];
    for (const [query, parameter] of cases) {
      it(`${query.slice(0, 40)} → ${parameter}`, async () => {
        const response = await get(query);
        expect(response.status).toBe(400);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
        const body = (await response.json()) as { error: string; parameter: string; message: string; issues: { parameter: string }[] };
        expect(body).toMatchObject({ error: "invalid_parameter", parameter });
        expect(body.issues[0].parameter).toBe(parameter);
        // Dutch, written for people: none of zod's English defaults.
        expect(body.message).toMatch(new RegExp(`^${parameter}\\b|^Onbekende`));
        expect(body.message).not.toMatch(/invalid|expected|received/i);
      });
    }

    it("lists every problem when there are several", async () => {
      const body = (await (await get("kind=x&per_page=0")).json()) as { issues: { parameter: string }[] };
      expect(body.issues.map((i) => i.parameter).sort()).toEqual(["kind", "per_page"]);
    });
  });

  it("answers 500 without details when the database fails, and logs the error", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    process.env.DATABASE_URL = "postgresql://nobody@127.0.0.1:1/nothing";
    resetEnv();
    await disconnectDb();
    try {
      const response = await get("q=schulden&category=schuldhulp");
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({ error: "server_error", message: "Er ging iets mis. Probeer het later opnieuw." });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(logged).toHaveBeenCalled();
    } finally {
      process.env.DATABASE_URL = t.url;
      resetEnv();
      await disconnectDb();
    }
    expect((await get("")).status).toBe(200);
  });
});
