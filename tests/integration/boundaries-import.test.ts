import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importBoundaries, describeSummary } from "@/scripts/lib/boundaries";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const ring = [[[5.1, 52.1], [5.11, 52.1], [5.11, 52.11], [5.1, 52.11], [5.1, 52.1]]];

function file(features: unknown[]): string {
  const target = path.join(mkdtempSync(path.join(tmpdir(), "boundaries-")), "grenzen.geojson");
  writeFileSync(target, JSON.stringify({ type: "FeatureCollection", features }));
  return target;
}

describe("importing boundaries", () => {
  it("updates known wijken and buurten, reports unknown codes, and says what it did", async () => {
    const lines: string[] = [];
    const summary = await importBoundaries(
      t.db,
      file([
        { type: "Feature", properties: { wijkcode: "WK034403", naam: "Overvecht" }, geometry: { type: "Polygon", coordinates: ring } },
        { type: "Feature", properties: { buurtcode: "BU03440311", wijkcode: "WK034403" }, geometry: { type: "Polygon", coordinates: ring } },
        { type: "Feature", properties: { buurtcode: "BU99999999" }, geometry: { type: "Polygon", coordinates: ring } },
        { type: "Feature", properties: { naam: "zonder code" }, geometry: { type: "Polygon", coordinates: ring } },
      ]),
      (line) => lines.push(line),
    );
    expect(summary).toEqual({ wijken: 1, buurten: 1, unknown: ["BU99999999"], skipped: 1 });
    expect(lines.at(-1)).toMatch(/4\/4 verwerkt/);
    expect(describeSummary(summary)).toBe(
      "1 wijken en 1 buurten bijgewerkt; 1 onbekende codes overgeslagen (BU99999999); 1 vormen zonder wijk- of buurtcode overgeslagen",
    );
    const wijk = await t.db.wijk.findUniqueOrThrow({ where: { code: "WK034403" } });
    expect(wijk.boundary).toEqual({ type: "Polygon", coordinates: ring });
  });

  it("changes nothing when the file is not valid", async () => {
    const before = await t.db.wijk.findUniqueOrThrow({ where: { code: "WK034401" } });
    await expect(importBoundaries(t.db, file([{ type: "Feature", properties: {}, geometry: { type: "Point", coordinates: [5, 52] } }]))).rejects.toThrow();
    expect((await t.db.wijk.findUniqueOrThrow({ where: { code: "WK034401" } })).boundary).toEqual(before.boundary);
  });
});
