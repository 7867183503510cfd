import type { AreaGeometry } from "@/lib/geo/geometry";

export type TileConfig = { url: string; attribution: string };

/** A wijk as the map draws it; the shape GET /api/v1/wijken.geojson holds. */
export type WijkOutline = { code: string; name: string; slug: string; boundary: AreaGeometry };

export type ServiceMapProps = {
  /** The search's filters as a query string (lib/search-ui/map-features.ts): the map loads every place matching them. */
  filters: string;
  /** Slug of the wijk filter, drawn highlighted. */
  selectedWijk: string | null;
  near: { lat: number; lng: number } | null;
  tiles: TileConfig;
};
