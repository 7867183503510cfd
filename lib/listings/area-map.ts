// The small map beside the area list: wijk and buurt outlines as SVG paths. Projected here on
// the server (a flat projection is exact enough for one city), so the browser gets a few
// kilobytes of path text and needs no map library or tiles. Without imported boundaries the
// map shows dots at the centroids instead.
import type { AreaGeometry, Ring } from "../geo/geometry";

type Area = { code: string; name: string; lat: number; lng: number; boundary: AreaGeometry | null };

export type MapShape = { code: string; name: string; path: string | null; x: number; y: number };
export type AreaMapData = { width: number; height: number; wijken: MapShape[]; buurten: (MapShape & { wijkCode: string })[] };

const WIDTH = 400;
const PADDING = 8;

function rings(geometry: AreaGeometry): Ring[] {
  return geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat();
}

export function areaMapData(wijken: readonly (Area & { buurten: readonly Area[] })[]): AreaMapData {
  const points: [number, number][] = [];
  for (const wijk of wijken) {
    points.push([wijk.lng, wijk.lat]);
    if (wijk.boundary) for (const ring of rings(wijk.boundary)) for (const [lng, lat] of ring) points.push([lng, lat]);
    for (const buurt of wijk.buurten) points.push([buurt.lng, buurt.lat]);
  }
  if (points.length === 0) return { width: WIDTH, height: WIDTH, wijken: [], buurten: [] };
  const lngs = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [minLng, maxLng, minLat, maxLat] = [Math.min(...lngs), Math.max(...lngs), Math.min(...lats), Math.max(...lats)];
  // A degree of longitude is shorter than one of latitude this far north.
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * xScale, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (WIDTH - 2 * PADDING) / spanX;
  const height = Math.round(spanY * scale + 2 * PADDING);
  const round = (n: number) => Math.round(n * 10) / 10;
  const project = (lng: number, lat: number): [number, number] => [round(PADDING + (lng - minLng) * xScale * scale), round(PADDING + (maxLat - lat) * scale)];
  const pathOf = (geometry: AreaGeometry | null) =>
    geometry
      ? rings(geometry)
          .map((ring) => `M${ring.map(([lng, lat]) => project(lng, lat).join(" ")).join("L")}Z`)
          .join("")
      : null;
  const shape = (area: Area): MapShape => {
    const [x, y] = project(area.lng, area.lat);
    return { code: area.code, name: area.name, path: pathOf(area.boundary), x, y };
  };
  return {
    width: WIDTH,
    height,
    wijken: wijken.map(shape),
    buurten: wijken.flatMap((wijk) => wijk.buurten.map((buurt) => ({ ...shape(buurt), wijkCode: wijk.code }))),
  };
}
