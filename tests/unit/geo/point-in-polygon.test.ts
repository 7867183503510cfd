import { describe, expect, it } from "vitest";
import { parseAreaGeometry, type AreaGeometry, type Ring } from "@/lib/geo/geometry";
import { bbox, inBBox, pointInGeometry, pointInRing } from "@/lib/geo/point-in-polygon";

/** Closed square ring, [lon, lat], from (x, y) with side `size`. */
const square = (x: number, y: number, size: number): Ring => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const at = (lng: number, lat: number) => ({ lat, lng });

describe("pointInGeometry", () => {
  const withHole: AreaGeometry = { type: "Polygon", coordinates: [square(0, 0, 10), square(4, 4, 2)] };

  it("finds points inside a polygon and not outside it", () => {
    expect(pointInGeometry(at(2, 2), withHole)).toBe(true);
    expect(pointInGeometry(at(9.99, 0.01), withHole)).toBe(true);
    expect(pointInGeometry(at(11, 5), withHole)).toBe(false);
    expect(pointInGeometry(at(5, -0.01), withHole)).toBe(false);
  });

  it("excludes holes", () => {
    expect(pointInGeometry(at(5, 5), withHole)).toBe(false);
    expect(pointInGeometry(at(3.9, 5), withHole)).toBe(true);
  });

  it("reads positions as [lon, lat], not [lat, lon]", () => {
    const tall: AreaGeometry = { type: "Polygon", coordinates: [[[5, 52], [5.01, 52], [5.01, 52.1], [5, 52.1], [5, 52]]] };
    expect(pointInGeometry({ lat: 52.05, lng: 5.005 }, tall)).toBe(true);
    expect(pointInGeometry({ lat: 5.005, lng: 52.05 }, tall)).toBe(false);
  });

  it("handles MultiPolygons, each with its own holes", () => {
    const islands: AreaGeometry = {
      type: "MultiPolygon",
      coordinates: [[square(0, 0, 2)], [square(10, 10, 4), square(11, 11, 1)]],
    };
    expect(pointInGeometry(at(1, 1), islands)).toBe(true);
    expect(pointInGeometry(at(13, 13), islands)).toBe(true);
    expect(pointInGeometry(at(11.5, 11.5), islands)).toBe(false);
    // Between the islands: inside the bbox, outside both polygons.
    expect(pointInGeometry(at(5, 5), islands)).toBe(false);
  });

  it("respects concave shapes", () => {
    // A U: the notch between the arms is inside the bbox but outside the polygon.
    const u: AreaGeometry = {
      type: "Polygon",
      coordinates: [[[0, 0], [6, 0], [6, 6], [4, 6], [4, 2], [2, 2], [2, 6], [0, 6], [0, 0]]],
    };
    expect(pointInGeometry(at(3, 4), u)).toBe(false);
    expect(pointInGeometry(at(1, 4), u)).toBe(true);
    expect(pointInGeometry(at(5, 4), u)).toBe(true);
  });

  it("counts a ray through a vertex once", () => {
    const diamond: Ring = [[0, 5], [5, 0], [10, 5], [5, 10], [0, 5]];
    expect(pointInRing(at(5, 5), diamond)).toBe(true);
    expect(pointInRing(at(-1, 5), diamond)).toBe(false);
    expect(pointInRing(at(11, 5), diamond)).toBe(false);
  });

  it("accepts rings that do not repeat their first position", () => {
    const open: Ring = [[0, 0], [4, 0], [4, 4], [0, 4]];
    expect(pointInRing(at(2, 2), open)).toBe(true);
    expect(pointInRing(at(5, 2), open)).toBe(false);
  });

  it("uses the precomputed bbox it is given as a pre-check", () => {
    const geometry: AreaGeometry = { type: "Polygon", coordinates: [square(0, 0, 10)] };
    expect(pointInGeometry(at(5, 5), geometry, [20, 20, 30, 30])).toBe(false);
  });
});

describe("bbox", () => {
  it("spans every polygon of a MultiPolygon", () => {
    const geometry: AreaGeometry = { type: "MultiPolygon", coordinates: [[square(5, 52, 0.1)], [square(4.9, 52.2, 0.05)]] };
    expect(bbox(geometry)).toEqual([4.9, 52, 5.1, 52.25]);
    expect(inBBox({ lat: 52.1, lng: 5 }, bbox(geometry))).toBe(true);
    expect(inBBox({ lat: 52.3, lng: 5 }, bbox(geometry))).toBe(false);
  });
});

describe("parseAreaGeometry", () => {
  it("accepts Polygons and MultiPolygons, altitude included", () => {
    expect(parseAreaGeometry({ type: "Polygon", coordinates: [square(5, 52, 0.1)] })?.type).toBe("Polygon");
    const withAltitude = square(5, 52, 0.1).map(([x, y]) => [x, y, 3]);
    expect(parseAreaGeometry({ type: "MultiPolygon", coordinates: [[withAltitude]] })?.type).toBe("MultiPolygon");
  });

  it.each([
    ["null", null],
    ["a string", "POLYGON((5 52, 6 52, 6 53, 5 52))"],
    ["a Point", { type: "Point", coordinates: [5, 52] }],
    ["a ring of three positions", { type: "Polygon", coordinates: [[[5, 52], [6, 52], [5, 52]]] }],
    ["no rings", { type: "Polygon", coordinates: [] }],
    ["RD New metres", { type: "Polygon", coordinates: [square(136000, 455000, 100)] }],
    ["a Feature instead of its geometry", { type: "Feature", geometry: { type: "Polygon", coordinates: [square(5, 52, 1)] } }],
  ])("rejects %s", (_, value) => {
    expect(parseAreaGeometry(value)).toBeNull();
  });
});
