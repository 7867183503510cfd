// The server-drawn wijk map: north up, everything inside the picture, circles when there are
// no boundaries, and fixed classes.
import { describe, expect, it } from "vitest";
import { BINS, binOf, projectWijken, type MapWijk } from "../../lib/gaps/choropleth";

const square = (lng: number, lat: number, size: number) => ({
  type: "Polygon" as const,
  coordinates: [
    [
      [lng, lat],
      [lng + size, lat],
      [lng + size, lat + size],
      [lng, lat + size],
      [lng, lat],
    ] as [number, number][],
  ],
});

const NORTH: MapWijk = { code: "N", name: "Noord", slug: "noord", centroidLat: 52.125, centroidLng: 5.105, boundary: square(5.1, 52.12, 0.01) };
const SOUTH: MapWijk = { code: "S", name: "Zuid", slug: "zuid", centroidLat: 52.075, centroidLng: 5.125, boundary: square(5.12, 52.07, 0.01) };

function numbers(path: string): number[][] {
  return [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe("projectWijken", () => {
  it("puts north at the top and fits every point inside the picture", () => {
    const map = projectWijken([NORTH, SOUTH], 400);
    expect(map.width).toBe(400);
    const [north, south] = map.shapes;
    expect(north.label.y).toBeLessThan(south.label.y);
    expect(north.label.x).toBeLessThan(south.label.x);
    for (const shape of map.shapes) {
      expect(shape.path).toMatch(/^M.*Z$/);
      for (const [x, y] of numbers(shape.path!)) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(400);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(map.height);
      }
    }
  });

  it("keeps shapes square: a longitude degree is shorter than a latitude degree this far north", () => {
    const map = projectWijken([NORTH, SOUTH], 400);
    const points = numbers(map.shapes[0].path!);
    const width = Math.max(...points.map((p) => p[0])) - Math.min(...points.map((p) => p[0]));
    const height = Math.max(...points.map((p) => p[1])) - Math.min(...points.map((p) => p[1]));
    expect(width / height).toBeCloseTo(Math.cos((52.1 * Math.PI) / 180), 1);
  });

  it("draws one ring per polygon of a MultiPolygon", () => {
    const multi: MapWijk = { ...NORTH, boundary: { type: "MultiPolygon", coordinates: [square(5.1, 52.12, 0.01).coordinates, square(5.13, 52.12, 0.005).coordinates] } };
    const map = projectWijken([multi, SOUTH]);
    expect(map.shapes[0].path!.match(/M/g)).toHaveLength(2);
  });

  it("falls back to circles at the centroids when no boundaries were imported", () => {
    const map = projectWijken([{ ...NORTH, boundary: null }, { ...SOUTH, boundary: null }], 400);
    expect(map.shapes.every((shape) => shape.path === null)).toBe(true);
    expect(map.radius).toBeGreaterThan(0);
    for (const { label } of map.shapes) {
      expect(label.x - map.radius).toBeGreaterThanOrEqual(0);
      expect(label.x + map.radius).toBeLessThanOrEqual(400);
      expect(label.y - map.radius).toBeGreaterThanOrEqual(0);
      expect(label.y + map.radius).toBeLessThanOrEqual(map.height);
    }
  });

  it("draws nothing for no wijken", () => {
    expect(projectWijken([]).shapes).toEqual([]);
  });
});

describe("binOf", () => {
  it("puts counts in fixed classes: none, 1–2, 3–5, 6 or more", () => {
    expect([0, 1, 2, 3, 5, 6, 40].map(binOf)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(BINS).toHaveLength(4);
  });
});
