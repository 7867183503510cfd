import { describe, expect, it } from "vitest";
import { haversineMetres } from "@/lib/geo/distance";
import { locateBuurt, MAX_CENTROID_DISTANCE_M, type LocatableBuurt } from "@/lib/geo/locate-buurt";

// Two synthetic buurten in Utrecht, side by side: squares of 0.01° (about 690 × 1110 m).
const squareBoundary = (lng: number, lat: number) => ({
  type: "Polygon",
  coordinates: [[[lng, lat], [lng + 0.01, lat], [lng + 0.01, lat + 0.01], [lng, lat + 0.01], [lng, lat]]],
});
const buurt = (code: string, lng: number, lat: number, boundary: unknown = squareBoundary(lng, lat)) => ({
  code,
  name: code,
  slug: code.toLowerCase(),
  wijkCode: code.slice(0, 8).replace("BU", "WK"),
  centroidLat: lat + 0.005,
  centroidLng: lng + 0.005,
  boundary,
});
const west = buurt("BU03440111", 5.1, 52.09);
const east = buurt("BU03440211", 5.11, 52.09);
const withoutBoundaries = [west, east].map((b) => ({ ...b, boundary: null }));

describe("locateBuurt with boundaries", () => {
  it("finds the buurt whose polygon contains the point", () => {
    expect(locateBuurt({ lat: 52.095, lng: 5.103 }, [west, east])).toEqual({
      buurtCode: "BU03440111",
      wijkCode: "WK034401",
      method: "polygon",
    });
    expect(locateBuurt({ lat: 52.091, lng: 5.119 }, [west, east])?.buurtCode).toBe("BU03440211");
  });

  it("says null outside every polygon, however close a centroid is", () => {
    const justSouth = { lat: 52.0899, lng: 5.105 };
    expect(haversineMetres(justSouth, { lat: west.centroidLat, lng: west.centroidLng })).toBeLessThan(600);
    expect(locateBuurt(justSouth, [west, east])).toBeNull();
  });

  it("skips invalid boundaries and locates those buurten by centroid instead", () => {
    const broken = [
      buurt("BU03440111", 5.1, 52.09, "POLYGON((5.1 52.09, 5.11 52.09, 5.11 52.1, 5.1 52.09))"),
      buurt("BU03440211", 5.11, 52.09),
    ];
    expect(locateBuurt({ lat: 52.095, lng: 5.103 }, broken)).toEqual({
      buurtCode: "BU03440111",
      wijkCode: "WK034401",
      method: "nearest-centroid",
    });
    // The valid polygon still wins where it applies.
    expect(locateBuurt({ lat: 52.095, lng: 5.111 }, broken)?.method).toBe("polygon");
  });

  it("treats a boundary still in RD metres as missing", () => {
    const rd = { type: "Polygon", coordinates: [[[136000, 455000], [137000, 455000], [137000, 456000], [136000, 455000]]] };
    expect(locateBuurt({ lat: 52.095, lng: 5.103 }, [buurt("BU03440111", 5.1, 52.09, rd)])?.method).toBe("nearest-centroid");
  });

  it("gives the same answer when called again with the same rows", () => {
    const rows = [west, east];
    const first = locateBuurt({ lat: 52.095, lng: 5.113 }, rows);
    expect(locateBuurt({ lat: 52.095, lng: 5.113 }, rows)).toEqual(first);
    expect(first?.buurtCode).toBe("BU03440211");
  });
});

describe("locateBuurt without boundaries", () => {
  it("falls back to the nearest centroid", () => {
    expect(locateBuurt({ lat: 52.095, lng: 5.1149 }, withoutBoundaries)).toEqual({
      buurtCode: "BU03440211",
      wijkCode: "WK034402",
      method: "nearest-centroid",
    });
    // Outside both squares but within 3 km: still the nearest, since no polygon can say otherwise.
    expect(locateBuurt({ lat: 52.08, lng: 5.104 }, withoutBoundaries)?.buurtCode).toBe("BU03440111");
  });

  it("says null further than 3 km from every centroid", () => {
    const centroid = { lat: west.centroidLat, lng: west.centroidLng };
    const near = { lat: centroid.lat - 0.026, lng: centroid.lng };
    const far = { lat: centroid.lat - 0.028, lng: centroid.lng };
    expect(haversineMetres(near, centroid)).toBeLessThan(MAX_CENTROID_DISTANCE_M);
    expect(haversineMetres(far, centroid)).toBeGreaterThan(MAX_CENTROID_DISTANCE_M);
    expect(locateBuurt(near, withoutBoundaries)?.buurtCode).toBe("BU03440111");
    expect(locateBuurt(far, withoutBoundaries)).toBeNull();
    // Zeist, about 8 km east.
    expect(locateBuurt({ lat: 52.0894, lng: 5.2333 }, withoutBoundaries)).toBeNull();
  });

  it("takes a different limit when given one", () => {
    expect(locateBuurt({ lat: 52.08, lng: 5.104 }, withoutBoundaries, 500)).toBeNull();
  });

  it("says null for no buurten or an impossible point", () => {
    expect(locateBuurt({ lat: 52.09, lng: 5.1 }, [])).toBeNull();
    expect(locateBuurt({ lat: Number.NaN, lng: 5.1 }, withoutBoundaries)).toBeNull();
  });
});

describe("locateBuurt with some boundaries missing", () => {
  it("uses polygons where present and centroids of the boundary-less buurten otherwise", () => {
    const mixed: LocatableBuurt[] = [west, { ...east, boundary: null }];
    expect(locateBuurt({ lat: 52.095, lng: 5.105 }, mixed)?.method).toBe("polygon");
    expect(locateBuurt({ lat: 52.095, lng: 5.118 }, mixed)).toEqual({
      buurtCode: "BU03440211",
      wijkCode: "WK034402",
      method: "nearest-centroid",
    });
  });
});
