import { describe, expect, it } from "vitest";
import { dutchFallbackMessages, invalidParameterBody, issuesFromZod } from "@/lib/search/api-errors";
import { toFeatureCollection } from "@/lib/search/geojson";
import { searchParamsInput, searchParamsSchema } from "@/lib/search/schemas";
import type { SearchItem, SearchResult } from "@/lib/search/types";

const parse = (query: string) => searchParamsSchema.safeParse(searchParamsInput(new URLSearchParams(query)), { error: dutchFallbackMessages });

describe("400 bodies", () => {
  it("name the parameter, in Dutch, also where the schema has no message of its own", () => {
    for (const [query, parameter] of [
      ["free=yes", "free"],
      ["q=a&q=b", "q"],
      [Array.from({ length: 21 }, () => "lang=nl").join("&"), "lang"],
      ["page=5000", "page"],
    ] as const) {
      const result = parse(query);
      expect(result.success).toBe(false);
      if (result.success) continue;
      const body = invalidParameterBody(issuesFromZod(result.error));
      expect(body).toMatchObject({ error: "invalid_parameter", parameter });
      expect(body.message.startsWith(parameter)).toBe(true);
      expect(body.message).not.toMatch(/invalid|expected|received|too big/i);
    }
  });

  it("keep the schema's own messages", () => {
    const result = parse("kind=x");
    expect(result.success).toBe(false);
    if (!result.success) expect(issuesFromZod(result.error)).toEqual([{ parameter: "kind", message: "kind moet formal of informal zijn" }]);
  });

  it("list every issue, the first one leading", () => {
    const body = invalidParameterBody([
      { parameter: "wijk", message: "Onbekende wijk" },
      { parameter: "page", message: "page moet 1 of hoger zijn" },
    ]);
    expect(body).toEqual({ error: "invalid_parameter", parameter: "wijk", message: "Onbekende wijk", issues: body.issues });
    expect(body.issues).toHaveLength(2);
  });
});

describe("toFeatureCollection", () => {
  const item = (id: string, location: SearchItem["location"]): SearchItem => ({
    id,
    service: {
      id: `s-${id}`,
      slug: "inloop",
      name: "Inloop",
      description: "",
      categories: [],
      phases: [],
      accessModes: [],
      languages: [],
      eligibility: null,
      isFree: true,
      costNote: null,
      noRegistration: true,
      capacity: "OPEN",
      textLanguages: { description: "nl", eligibility: "nl" },
    },
    organization: { id: "o", slug: "o", name: "O", kind: "INFORMAL", track: "SOCIALE_BASIS", exampleData: false },
    location,
    open: { status: "unknown", closesAt: null, nextOpening: null, reason: null },
    distance: null,
  });
  const place = { id: "l", name: "Buurthuis", address1: "Straat 1", postalCode: "3500 AA", city: "Utrecht", lat: 52.09, lng: 5.12, buurt: null, wijk: null };
  const result: SearchResult = {
    total: 7,
    page: 2,
    per_page: 2,
    items: [item("with", place), item("without", null)],
    facets: { wijk: [], category: [], phase: [], kind: [], lang: [], access: [], free: [], no_registration: [], open: [] },
    near: null,
    validUntil: null,
  };

  it("makes a Point per item with a place, in [lng, lat] order, without coordinates in the properties", () => {
    const collection = toFeatureCollection(result);
    expect(collection).toMatchObject({ type: "FeatureCollection", total: 7, page: 2, per_page: 2 });
    expect(collection.features).toHaveLength(1);
    const [feature] = collection.features;
    expect(feature).toMatchObject({ type: "Feature", id: "with", geometry: { type: "Point", coordinates: [5.12, 52.09] } });
    expect(feature.properties.location).toEqual({ id: "l", name: "Buurthuis", address1: "Straat 1", postalCode: "3500 AA", city: "Utrecht", buurt: null, wijk: null });
    expect(feature.properties.service.name).toBe("Inloop");
  });
});
