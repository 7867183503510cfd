import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BoundaryImportError, parseBoundaryFile } from "@/scripts/lib/boundaries";
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

  const shared = path.resolve(parseEnv().BOUNDARIES_DIR, "buurten.geojson");
  it("reads the Utrecht buurten file from ../shared", () => {
    expect(parseBoundaryFile(readFileSync(shared, "utf8"), "buurten.geojson")).toHaveLength(111);
  });
});
