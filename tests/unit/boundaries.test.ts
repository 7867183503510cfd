import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BoundaryImportError, parseBoundaryFile, resolveBoundariesDir } from "@/scripts/lib/boundaries";
import { parseEnv } from "@/lib/env";

const square = (x: number, y: number) => [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]];

describe("parseBoundaryFile", () => {
  it("reads (multi)polygons with their properties", () => {
    const features = parseBoundaryFile(
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          { type: "Feature", properties: { wijkcode: "WK034401" }, geometry: { type: "Polygon", coordinates: square(5, 52) } },
          { type: "Feature", properties: { BU_CODE: "BU03440000" }, geometry: { type: "MultiPolygon", coordinates: [square(5, 52)] } },
        ],
      }),
      "test.geojson",
    );
    expect(features).toHaveLength(2);
  });

  it("refuses Dutch RD coordinates with advice to convert", () => {
    const rd = JSON.stringify({
      type: "FeatureCollection",
      features: [{ type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: square(136000, 455000) } }],
    });
    expect(() => parseBoundaryFile(rd, "rd.geojson")).toThrow(/RD New.*WGS84/);
  });

  it("refuses what is not GeoJSON", () => {
    expect(() => parseBoundaryFile("not json", "x")).toThrow(BoundaryImportError);
    expect(() => parseBoundaryFile(JSON.stringify({ type: "Feature" }), "x")).toThrow(/FeatureCollection/);
  });

  it("reads the Utrecht files shipped in data/utrecht (the BOUNDARIES_DIR default)", () => {
    expect(parseEnv({}).BOUNDARIES_DIR).toBe("data/utrecht");
    const dir = resolveBoundariesDir(parseEnv().BOUNDARIES_DIR);
    expect(parseBoundaryFile(readFileSync(path.join(dir, "wijken.geojson"), "utf8"), "wijken.geojson")).toHaveLength(10);
    expect(parseBoundaryFile(readFileSync(path.join(dir, "buurten.geojson"), "utf8"), "buurten.geojson")).toHaveLength(111);
  });

  it("takes a relative BOUNDARIES_DIR from the project folder, not the working directory", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const cwd = process.cwd();
    process.chdir(tmpdir());
    try {
      expect(resolveBoundariesDir("data/utrecht")).toBe(path.join(root, "data", "utrecht"));
      expect(resolveBoundariesDir("/srv/grenzen")).toBe("/srv/grenzen");
    } finally {
      process.chdir(cwd);
    }
  });
});
