// locateBuurt on the real Utrecht boundaries (data/utrecht, or BOUNDARIES_DIR) with
// the seed's buurt codes and centroids, and the PDOK stub's fixture addresses.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { locateBuurt, type LocatableBuurt } from "@/lib/geo/locate-buurt";
import { parseEnv } from "@/lib/env";
import { resolveBoundariesDir } from "@/scripts/lib/boundaries";
import { buurten as seedBuurten } from "@/prisma/seed/neighbourhoods";
import { loadFixtures } from "@/tests/support/pdok-stub/server";

type BuurtFeature = { properties: { buurtcode: string }; geometry: unknown };

let withBoundaries: LocatableBuurt[] = [];
let withoutBoundaries: LocatableBuurt[] = [];

beforeAll(() => {
  const file = path.join(resolveBoundariesDir(parseEnv().BOUNDARIES_DIR), "buurten.geojson");
  const { features } = JSON.parse(readFileSync(file, "utf8")) as { features: BuurtFeature[] };
  const boundaries = new Map(features.map((f) => [f.properties.buurtcode, f.geometry]));
  withBoundaries = seedBuurten.map((b) => ({
    code: b.code,
    wijkCode: b.wijkCode,
    centroidLat: b.lat,
    centroidLng: b.lng,
    boundary: boundaries.get(b.code) ?? null,
  }));
  withoutBoundaries = withBoundaries.map((b) => ({ ...b, boundary: null }));
});

describe("locateBuurt on Utrecht's 111 buurten", () => {
  it("has a boundary for every seed buurt", () => {
    expect(withBoundaries).toHaveLength(111);
    expect(withBoundaries.filter((b) => b.boundary === null).map((b) => b.code)).toEqual([]);
  });

  it("puts Bolognalaan 101 in Utrecht Science Park (Oost)", () => {
    expect(locateBuurt({ lat: 52.0856, lng: 5.1789 }, withBoundaries)).toEqual({
      buurtCode: "BU03440533",
      wijkCode: "WK034405",
      method: "polygon",
    });
  });

  it("finds every buurt's centroid inside its own polygon", () => {
    // A concave buurt's centroid can fall outside it. On these boundaries none does, but two
    // come close: Máximapark and Zeeheldenbuurt (BU03440432) lie about 8 m inside their own
    // edge. If new boundaries push one out, list it here with the buurt it lands in.
    const misses = withBoundaries.filter((b) => {
      const found = locateBuurt({ lat: b.centroidLat, lng: b.centroidLng }, withBoundaries);
      return found?.buurtCode !== b.code || found.method !== "polygon";
    });
    expect(misses.map((b) => b.code)).toEqual([]);
  });

  it("agrees with the buurt codes in the PDOK stub's fixtures", () => {
    const utrechtDocs = loadFixtures()
      .flatMap((f) => f.docs)
      .filter((doc) => doc.gemeentenaam === "Utrecht");
    expect(utrechtDocs.length).toBeGreaterThanOrEqual(10);
    for (const doc of utrechtDocs) {
      const [lng, lat] = String(doc.centroide_ll).replace(/POINT\(|\)/g, "").split(" ").map(Number);
      expect(locateBuurt({ lat, lng }, withBoundaries), doc.weergavenaam).toMatchObject({
        buurtCode: doc.buurtcode,
        wijkCode: doc.wijkcode,
      });
    }
  });

  it.each([
    ["Nieuwegein", 52.0292, 5.0838],
    ["Zeist", 52.0894, 5.2333],
    ["Maarssen", 52.1358, 5.0333],
  ])("says null for %s", (_, lat, lng) => {
    expect(locateBuurt({ lat, lng }, withBoundaries)).toBeNull();
  });

  it("without boundaries, falls back to the nearest centroid and refuses places over 3 km away", () => {
    expect(locateBuurt({ lat: 52.0856, lng: 5.1789 }, withoutBoundaries)).toMatchObject({
      buurtCode: "BU03440533",
      method: "nearest-centroid",
    });
    expect(locateBuurt({ lat: 52.0292, lng: 5.0838 }, withoutBoundaries)).toBeNull();
    expect(locateBuurt({ lat: 52.0894, lng: 5.2333 }, withoutBoundaries)).toBeNull();
  });
});
