// Reads wijk and buurt boundaries (GeoJSON, WGS84) into Wijk.boundary / Buurt.boundary.
// Accepts the files in data/utrecht and the usual property names of the official CBS and
// gemeente Utrecht files.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { UserError } from "../../lib/errors";
import type { Db } from "../../lib/db";

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position).min(4);
const geometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const feature = z.object({
  type: z.literal("Feature"),
  geometry,
  properties: z.record(z.string(), z.unknown()).nullable(),
});
const featureCollection = z.object({ type: z.literal("FeatureCollection"), features: z.array(feature) });

export type BoundaryGeometry = z.infer<typeof geometry>;
export type ImportSummary = { wijken: number; buurten: number; unknown: string[]; skipped: number };

export class BoundaryImportError extends UserError {}

const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * BOUNDARIES_DIR as a path: a relative one (the default `data/utrecht`) is taken from the project
 * folder, not the working directory, so scripts and tests find the shipped files from anywhere.
 */
export function resolveBoundariesDir(dir: string): string {
  return path.resolve(PROJECT_ROOT, dir);
}

const CODE_KEYS = ["buurtcode", "wijkcode", "BU_CODE", "WK_CODE", "code", "CODE"];

function codeOf(properties: Record<string, unknown> | null): string | undefined {
  if (!properties) return undefined;
  // A buurt feature carries its wijkcode too: look for a buurt code first.
  for (const key of CODE_KEYS) {
    const value = properties[key];
    if (typeof value === "string" && /^BU\d{8}$/.test(value)) return value;
  }
  for (const key of CODE_KEYS) {
    const value = properties[key];
    if (typeof value === "string" && /^WK\d{6}$/.test(value)) return value;
  }
  return undefined;
}

function firstPosition(g: BoundaryGeometry): number[] {
  return g.type === "Polygon" ? g.coordinates[0][0] : g.coordinates[0][0][0];
}

export function parseBoundaryFile(text: string, source: string) {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BoundaryImportError(`${source} is geen geldige JSON.`);
  }
  const parsed = featureCollection.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BoundaryImportError(`${source} is geen GeoJSON FeatureCollection met (Multi)Polygons: ${issue.path.join(".")}: ${issue.message}`);
  }
  for (const f of parsed.data.features) {
    const [lon, lat] = firstPosition(f.geometry);
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      throw new BoundaryImportError(
        `${source} heeft coördinaten als (${lon}, ${lat}): dat lijkt RD New (EPSG:28992). Zet het bestand eerst om naar WGS84 (EPSG:4326).`,
      );
    }
  }
  return parsed.data.features;
}

export async function importBoundaries(
  db: Db,
  file: string,
  log: (line: string) => void = console.log,
): Promise<ImportSummary> {
  if (!existsSync(file)) throw new BoundaryImportError(`Bestand niet gevonden: ${file}`);
  const features = parseBoundaryFile(readFileSync(file, "utf8"), path.basename(file));
  const summary: ImportSummary = { wijken: 0, buurten: 0, unknown: [], skipped: 0 };
  // One transaction: a file either goes in whole or not at all.
  await db.$transaction(
    async (tx) => {
      for (const [index, f] of features.entries()) {
        const code = codeOf(f.properties);
        if (!code) {
          summary.skipped++;
        } else if (code.startsWith("BU")) {
          const { count } = await tx.buurt.updateMany({ where: { code }, data: { boundary: f.geometry } });
          if (count) summary.buurten++;
          else summary.unknown.push(code);
        } else {
          const { count } = await tx.wijk.updateMany({ where: { code }, data: { boundary: f.geometry } });
          if (count) summary.wijken++;
          else summary.unknown.push(code);
        }
        if ((index + 1) % 25 === 0 || index + 1 === features.length) {
          log(`  ${path.basename(file)}: ${index + 1}/${features.length} verwerkt`);
        }
      }
    },
    { timeout: 120_000 },
  );
  return summary;
}

export function describeSummary(s: ImportSummary): string {
  const parts = [`${s.wijken} wijken en ${s.buurten} buurten bijgewerkt`];
  if (s.unknown.length) parts.push(`${s.unknown.length} onbekende codes overgeslagen (${s.unknown.slice(0, 5).join(", ")}${s.unknown.length > 5 ? ", …" : ""})`);
  if (s.skipped) parts.push(`${s.skipped} vormen zonder wijk- of buurtcode overgeslagen`);
  return parts.join("; ");
}

/** Imports wijken.geojson and buurten.geojson from a folder when it has them (first start, tests). */
export async function importBoundariesFromDir(db: Db, dir: string, log: (line: string) => void = console.log): Promise<void> {
  const files = ["wijken.geojson", "buurten.geojson"].map((name) => path.resolve(resolveBoundariesDir(dir), name)).filter((file) => existsSync(file));
  if (files.length === 0) {
    log(`Geen wijk- en buurtgrenzen gevonden in ${dir}; de kaart toont dan alleen de locaties. Importeer ze later met npm run import:boundaries -- <bestand>.`);
    return;
  }
  for (const file of files) log(`Grenzen: ${describeSummary(await importBoundaries(db, file, () => {}))} (${path.basename(file)}).`);
}
