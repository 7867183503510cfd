// GeoJSON area geometries as stored in Wijk.boundary / Buurt.boundary (WGS84, [lon, lat]).
// The column is untyped Json, so anything read from it is checked here before use.
import { z } from "zod";

/** [longitude, latitude]; GeoJSON allows an altitude after them, which is ignored. */
export type Position = [number, number, ...number[]];
export type Ring = Position[];
export type PolygonGeometry = { type: "Polygon"; coordinates: Ring[] };
export type MultiPolygonGeometry = { type: "MultiPolygon"; coordinates: Ring[][] };
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

// Range checks catch boundaries still in Dutch RD metres (x ≈ 136000), which would otherwise
// parse fine and silently never contain any point.
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)], z.number());
// A closed ring needs at least 4 positions (triangle plus the repeated first one).
const ring = z.array(position).min(4);
const polygon = z.array(ring).min(1);

export const areaGeometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: polygon }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(polygon).min(1) }),
]);

/** The geometry when `value` is a usable (Multi)Polygon, otherwise null. */
export function parseAreaGeometry(value: unknown): AreaGeometry | null {
  const result = areaGeometrySchema.safeParse(value);
  return result.success ? result.data : null;
}
