// Which Utrecht buurt a point lies in. Boundaries are optional in the database (filled by
// `npm run import:boundaries`), so without them the nearest buurt centroid stands in.
import { haversineMetres, type LatLng } from "./distance";
import { parseAreaGeometry, type AreaGeometry } from "./geometry";
import { bbox, pointInGeometry, type BBox } from "./point-in-polygon";

/** The fields of a Buurt row this needs; a full Prisma row fits as it is. */
export type LocatableBuurt = {
  code: string;
  wijkCode: string;
  centroidLat: number;
  centroidLng: number;
  boundary: unknown;
};

export type BuurtLocation = { buurtCode: string; wijkCode: string; method: "polygon" | "nearest-centroid" };

/**
 * Without boundaries, a point further than this from every buurt centroid counts as outside
 * Utrecht. A coarse test (measured on the 2013 boundaries): all of the city lies within 3 km
 * of some centroid except the farmland tip of Rijnenburg, but so do Maarssen and De Bilt
 * (about 2.1 km); Nieuwegein, Zeist and Houten (3.6–4 km) are refused. Import the boundaries
 * for an exact answer.
 */
export const MAX_CENTROID_DISTANCE_M = 3000;

type PreparedArea = { geometry: AreaGeometry; box: BBox };

// Buurt rows are usually loaded once and located against many times; parsing 111 boundaries
// with zod on every call would dominate. Keyed on the boundary object, so edits invalidate.
const prepared = new WeakMap<object, PreparedArea | null>();

function prepare(boundary: unknown): PreparedArea | null {
  if (typeof boundary !== "object" || boundary === null) return null;
  const cached = prepared.get(boundary);
  if (cached !== undefined) return cached;
  const geometry = parseAreaGeometry(boundary);
  const area = geometry && { geometry, box: bbox(geometry) };
  prepared.set(boundary, area);
  return area;
}

/**
 * The buurt containing `point`, by polygon where a buurt has a valid boundary; buurten with a
 * missing or invalid boundary are matched by nearest centroid (within
 * MAX_CENTROID_DISTANCE_M). Null when the point is not in Utrecht: no polygon contains it and
 * no boundary-less buurt is close enough. Where polygons overlap, the first in `buurten` wins.
 */
export function locateBuurt(
  point: LatLng,
  buurten: readonly LocatableBuurt[],
  maxCentroidDistanceM: number = MAX_CENTROID_DISTANCE_M,
): BuurtLocation | null {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lng)) return null;

  const withoutBoundary: LocatableBuurt[] = [];
  for (const buurt of buurten) {
    const area = prepare(buurt.boundary);
    if (!area) withoutBoundary.push(buurt);
    else if (pointInGeometry(point, area.geometry, area.box)) {
      return { buurtCode: buurt.code, wijkCode: buurt.wijkCode, method: "polygon" };
    }
  }

  let nearest: LocatableBuurt | null = null;
  let nearestDistance = maxCentroidDistanceM;
  for (const buurt of withoutBoundary) {
    const distance = haversineMetres(point, { lat: buurt.centroidLat, lng: buurt.centroidLng });
    if (distance <= nearestDistance) {
      nearest = buurt;
      nearestDistance = distance;
    }
  }
  return nearest && { buurtCode: nearest.code, wijkCode: nearest.wijkCode, method: "nearest-centroid" };
}
