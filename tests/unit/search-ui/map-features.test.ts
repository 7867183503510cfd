import { describe, expect, it } from "vitest";
import { mapPlaceUrl, mapPointsQuery, mapPointsUrl, toMapPlaces, type MapPointsCollection } from "@/lib/search-ui/map-features";

describe("mapPointsQuery", () => {
  it("keeps the filters, sorted, and drops paging, order and format", () => {
    const query = new URLSearchParams("wijk=overvecht&page=3&lang=ar&sort=distance&per_page=10&format=json&near=52.1,5.1&lang=tr");
    expect(mapPointsQuery(query)).toBe("lang=ar&lang=tr&near=52.1%2C5.1&wijk=overvecht");
  });

  it("gives the same URL for the same search in another order", () => {
    expect(mapPointsQuery(new URLSearchParams("q=geld&wijk=zuid"))).toBe(mapPointsQuery(new URLSearchParams("wijk=zuid&q=geld&page=2")));
    expect(mapPointsUrl("")).toBe("/api/v1/map-points");
    expect(mapPointsUrl("wijk=zuid")).toBe("/api/v1/map-points?wijk=zuid");
  });

  it("asks a popup's place with the same filters", () => {
    expect(mapPlaceUrl("loc1", "wijk=zuid")).toBe("/api/v1/map-points/loc1?wijk=zuid");
    expect(mapPlaceUrl("loc1", "")).toBe("/api/v1/map-points/loc1");
  });
});

describe("toMapPlaces", () => {
  it("turns [lng, lat] features into places keyed by location id, each asking its popup with the filters", () => {
    const collection: MapPointsCollection = {
      type: "FeatureCollection",
      total: 1,
      truncated: false,
      features: [{ type: "Feature", id: "loc1", geometry: { type: "Point", coordinates: [5.12, 52.09] }, properties: { name: "Kantoor", kind: "formal", count: 2 } }],
    };
    expect(toMapPlaces(collection, "wijk=zuid")).toEqual([
      { key: "loc1", name: "Kantoor", lat: 52.09, lng: 5.12, kind: "formal", count: 2, popupUrl: "/api/v1/map-points/loc1?wijk=zuid" },
    ]);
  });
});
