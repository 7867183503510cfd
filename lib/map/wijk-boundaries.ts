import "server-only";
// The wijk boundaries for the map layer. Stored simplified already (npm run
// import:boundaries): about 20 kB for all ten. They reach the browser as a file of their own
// (GET /api/v1/wijken.geojson) rather than inside every page's HTML, so a browser or CDN keeps
// one copy for every page and search.
import { createHash } from "node:crypto";
import { db } from "../db";
import { parseAreaGeometry, type AreaGeometry } from "../geo/geometry";

export type WijkShape = { code: string; name: string; slug: string; boundary: AreaGeometry };

/** Wijken with a usable boundary; without imported boundaries the map simply has no layer. */
export async function listWijkBoundaries(): Promise<WijkShape[]> {
  const wijken = await db.wijk.findMany({ select: { code: true, name: true, slug: true, boundary: true }, orderBy: { code: "asc" } });
  return wijken.flatMap(({ boundary, ...wijk }) => {
    const geometry = parseAreaGeometry(boundary);
    return geometry ? [{ ...wijk, boundary: geometry }] : [];
  });
}

export type WijkBoundariesFile = { body: string; etag: string };

/** The boundaries as a GeoJSON FeatureCollection, with an ETag that changes with its content. */
export async function wijkBoundariesFile(): Promise<WijkBoundariesFile> {
  const wijken = await listWijkBoundaries();
  const body = JSON.stringify({
    type: "FeatureCollection",
    features: wijken.map(({ boundary, ...wijk }) => ({ type: "Feature", id: wijk.code, properties: wijk, geometry: boundary })),
  });
  const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  return { body, etag };
}
