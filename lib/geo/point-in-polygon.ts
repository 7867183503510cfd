// Ray casting over GeoJSON rings. Positions are [lon, lat]; callers pass {lat, lng}, so the
// swap happens once, here, rather than at every call site.
import type { LatLng } from "./distance";
import type { AreaGeometry, Ring } from "./geometry";

/** [minLng, minLat, maxLng, maxLat], the GeoJSON bbox order. */
export type BBox = [number, number, number, number];

export function bbox(geometry: AreaGeometry): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  // Only outer rings: holes lie inside them by definition.
  for (const [outer] of polygons) {
    for (const [lng, lat] of outer) {
      if (lng < box[0]) box[0] = lng;
      if (lat < box[1]) box[1] = lat;
      if (lng > box[2]) box[2] = lng;
      if (lat > box[3]) box[3] = lat;
    }
  }
  return box;
}

export function inBBox(point: LatLng, box: BBox): boolean {
  return point.lng >= box[0] && point.lng <= box[2] && point.lat >= box[1] && point.lat <= box[3];
}

/**
 * Even-odd rule. Works whether or not the ring repeats its first position. A point exactly on
 * an edge may land either side; boundaries between buurten are shared, so that is harmless.
 */
export function pointInRing(point: LatLng, ring: Ring): boolean {
  const { lng: x, lat: y } = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    // The strict/non-strict pair counts a vertex on the ray once, not twice.
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function pointInPolygonRings(point: LatLng, [outer, ...holes]: Ring[]): boolean {
  return pointInRing(point, outer) && !holes.some((hole) => pointInRing(point, hole));
}

/**
 * Whether the point lies in the (Multi)Polygon, holes excluded. Pass a precomputed `box` when
 * testing many points against the same geometry.
 */
export function pointInGeometry(point: LatLng, geometry: AreaGeometry, box: BBox = bbox(geometry)): boolean {
  if (!inBBox(point, box)) return false;
  return geometry.type === "Polygon"
    ? pointInPolygonRings(point, geometry.coordinates)
    : geometry.coordinates.some((polygon) => pointInPolygonRings(point, polygon));
}
