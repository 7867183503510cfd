import { describe, expect, it } from "vitest";
import { areaMapData } from "@/lib/listings/area-map";
import type { AreaGeometry } from "@/lib/geo/geometry";

const square = (lng: number, lat: number, size: number): AreaGeometry => ({
  type: "Polygon",
  coordinates: [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ],
  ],
});

describe("the area map", () => {
  it("projects outlines into the frame, north up, keeping the city's proportions", () => {
    const map = areaMapData([
      { code: "WK1", name: "Noord", lat: 52.15, lng: 5.05, boundary: square(5.0, 52.1, 0.1), buurten: [{ code: "BU1", name: "Een", lat: 52.15, lng: 5.05, boundary: null }] },
    ]);
    expect(map.width).toBe(400);
    // 0.1° longitude is about 0.61 × 0.1° latitude at 52°: the frame is taller than wide.
    expect(map.height).toBeGreaterThan(600);
    const [wijk] = map.wijken;
    expect(wijk.path).toMatch(/^M8 [\d.]+L392 [\d.]+L392 8L8 8L8 [\d.]+Z$/);
    expect(map.buurten).toEqual([{ code: "BU1", name: "Een", path: null, x: 200, y: expect.closeTo(map.height / 2, 0), wijkCode: "WK1" }]);
  });

  it("falls back to centroids without boundaries, and copes with no data", () => {
    const map = areaMapData([
      { code: "WK1", name: "West", lat: 52.1, lng: 5.0, boundary: null, buurten: [] },
      { code: "WK2", name: "Oost", lat: 52.1, lng: 5.2, boundary: null, buurten: [] },
    ]);
    expect(map.wijken.map((w) => [w.path, w.x])).toEqual([
      [null, 8],
      [null, 392],
    ]);
    expect(areaMapData([])).toEqual({ width: 400, height: 400, wijken: [], buurten: [] });
  });
});
