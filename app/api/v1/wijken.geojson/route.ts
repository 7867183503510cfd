// GET /api/v1/wijken.geojson: the wijk boundaries the maps draw, as one cacheable file instead
// of a copy inside every page. They change only when boundaries are imported (CBS publishes
// once a year), so browsers keep them a day and CDNs a week; after that the ETag makes the
// check a 304 of a few bytes.
import { wijkBoundariesFile } from "@/lib/map/wijk-boundaries";

// Read from the database, which the build does not have.
export const dynamic = "force-dynamic";

const CACHE_CONTROL = "public, max-age=86400, s-maxage=604800, stale-while-revalidate=604800";

export async function GET(request: Request): Promise<Response> {
  const { body, etag } = await wijkBoundariesFile();
  const headers = {
    "Content-Type": "application/geo+json",
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    "Access-Control-Allow-Origin": "*",
    Vary: "Accept-Encoding",
  };
  const known = request.headers.get("if-none-match");
  if (known && known.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers });
}
