// The gap map as plain SVG drawn on the server: printable, no JavaScript, no tiles. Wijk
// boundaries are projected equirectangularly with the longitude scaled by cos(latitude); over
// a city of 15 km that is indistinguishable from a real map projection. Without boundaries
// (not imported) every wijk becomes a circle at its centroid, so the map still says something.
import type { AreaGeometry, Ring } from "../geo/geometry";

export type MapWijk = { code: string; name: string; slug: string; centroidLat: number; centroidLng: number; boundary: AreaGeometry | null };

/** `path` is the SVG path of the boundary, or null: then draw a circle of `radius` at `label`. */
export type MapShape = { code: string; name: string; slug: string; path: string | null; label: { x: number; y: number } };

export type ProjectedMap = { width: number; height: number; shapes: MapShape[]; radius: number };

export const MAP_WIDTH = 640;
const PADDING = 12;

function ringsOf(geometry: AreaGeometry): Ring[] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

const round = (value: number) => Math.round(value * 10) / 10;

export function projectWijken(wijken: readonly MapWijk[], width = MAP_WIDTH): ProjectedMap {
  if (wijken.length === 0) return { width, height: 0, shapes: [], radius: 0 };
  const points: [number, number][] = wijken.flatMap((wijk) => [
    [wijk.centroidLng, wijk.centroidLat] as [number, number],
    ...(wijk.boundary ? ringsOf(wijk.boundary).flat().map(([lng, lat]) => [lng, lat] as [number, number]) : []),
  ]);
  let minLng = Math.min(...points.map((p) => p[0]));
  let maxLng = Math.max(...points.map((p) => p[0]));
  let minLat = Math.min(...points.map((p) => p[1]));
  let maxLat = Math.max(...points.map((p) => p[1]));
  const circlesOnly = wijken.every((wijk) => !wijk.boundary);
  // Circles need room around the outermost centroids; about 1.2 km.
  const margin = circlesOnly ? 0.011 : 0;
  minLng -= margin * 1.6;
  maxLng += margin * 1.6;
  minLat -= margin;
  maxLat += margin;

  const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * kx, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (width - 2 * PADDING) / spanX;
  const height = Math.round(spanY * scale + 2 * PADDING);
  // North up: latitude grows upwards, SVG y grows downwards.
  const x = (lng: number) => round(PADDING + (lng - minLng) * kx * scale);
  const y = (lat: number) => round(PADDING + (maxLat - lat) * scale);

  const shapes = wijken.map((wijk) => {
    const path = wijk.boundary
      ? ringsOf(wijk.boundary)
          .map((ring) => `M${ring.map(([lng, lat]) => `${x(lng)},${y(lat)}`).join("L")}Z`)
          .join("")
      : null;
    return { code: wijk.code, name: wijk.name, slug: wijk.slug, path, label: { x: x(wijk.centroidLng), y: y(wijk.centroidLat) } };
  });
  return { width, height, shapes, radius: Math.round(width / 22) };
}

/** Classes of the map: none, 1–2, 3–5, 6 or more. Fixed, so maps of different choices compare. */
export const BINS = [
  { min: 0, max: 0 },
  { min: 1, max: 2 },
  { min: 3, max: 5 },
  { min: 6, max: null },
] as const;

export type BinIndex = 0 | 1 | 2 | 3;

export function binOf(count: number): BinIndex {
  const index = BINS.findIndex((bin) => count >= bin.min && (bin.max === null || count <= bin.max));
  return (index < 0 ? 0 : index) as BinIndex;
}
