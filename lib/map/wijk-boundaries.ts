import "server-only";
// The wijk boundaries for the map layer. Stored simplified already (npm run
// import:boundaries), so they go to the browser as they are: about 20 kB for all ten.
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
