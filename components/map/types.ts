import type { AreaGeometry } from "@/lib/geo/geometry";
import type { MapPoint } from "@/lib/search-ui/map-points";

export type TileConfig = { url: string; attribution: string };

/** A wijk as the map draws it; the same shape lib/map/wijk-boundaries.ts reads. */
export type WijkOutline = { code: string; name: string; slug: string; boundary: AreaGeometry };

export type ServiceMapProps = {
  points: MapPoint[];
  wijken: WijkOutline[];
  /** Slug of the wijk filter, drawn highlighted. */
  selectedWijk: string | null;
  near: { lat: number; lng: number } | null;
  tiles: TileConfig;
};
