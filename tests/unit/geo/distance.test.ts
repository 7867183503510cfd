import { describe, expect, it } from "vitest";
import { formatDistance, haversineMetres } from "@/lib/geo/distance";

// On a sphere of the mean Earth radius one degree of latitude is R·π/180.
const ONE_DEGREE_M = (6_371_008.8 * Math.PI) / 180;

describe("haversineMetres", () => {
  it("is zero for the same point and symmetric", () => {
    const dom = { lat: 52.0907, lng: 5.1214 };
    const centraal = { lat: 52.0894, lng: 5.1101 };
    expect(haversineMetres(dom, dom)).toBe(0);
    expect(haversineMetres(dom, centraal)).toBeCloseTo(haversineMetres(centraal, dom), 9);
  });

  it("measures a degree of latitude anywhere and a degree of longitude shrunk by cos(lat)", () => {
    expect(haversineMetres({ lat: 52, lng: 5 }, { lat: 53, lng: 5 })).toBeCloseTo(ONE_DEGREE_M, 3);
    // Along a parallel the great circle is a little shorter than the parallel arc itself.
    const alongParallel = haversineMetres({ lat: 52, lng: 5 }, { lat: 52, lng: 5.01 });
    expect(alongParallel).toBeCloseTo(ONE_DEGREE_M * 0.01 * Math.cos((52 * Math.PI) / 180), 1);
  });

  it("gives a plausible city distance: Utrecht Centraal to the Domtoren is about 790 m", () => {
    const metres = haversineMetres({ lat: 52.0894, lng: 5.1101 }, { lat: 52.0907, lng: 5.1214 });
    expect(metres).toBeGreaterThan(760);
    expect(metres).toBeLessThan(800);
  });

  it("stays finite for antipodal points", () => {
    expect(haversineMetres({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(ONE_DEGREE_M * 180, 3);
  });
});

describe("formatDistance", () => {
  it.each([
    [0, "0 m", "0 m"],
    [47.4, "47 m", "47 m"],
    [347, "350 m", "350 m"],
    [994, "990 m", "990 m"],
    [996, "1 km", "1 km"],
    [1234, "1,2 km", "1.2 km"],
    [1250, "1,3 km", "1.3 km"],
    [9940, "9,9 km", "9.9 km"],
    [9960, "10 km", "10 km"],
    [12_345, "12 km", "12 km"],
    [1_234_567, "1.235 km", "1,235 km"],
  ])("%d m → %s (nl) / %s (en)", (metres, nl, en) => {
    expect(formatDistance(metres, "nl")).toBe(nl);
    expect(formatDistance(metres, "en")).toBe(en);
  });

  it("refuses what is not a distance", () => {
    expect(() => formatDistance(-1, "nl")).toThrow(RangeError);
    expect(() => formatDistance(Number.NaN, "en")).toThrow(RangeError);
    expect(() => formatDistance(Number.POSITIVE_INFINITY, "en")).toThrow(RangeError);
  });
});
