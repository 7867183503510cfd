import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import type { AreaGeometry } from "@/lib/geo/geometry";
import type { MarkerKind } from "@/lib/search-ui/map-features";

/** Tile template and attribution from the environment (TILE_URL, TILE_ATTRIBUTION), read on the server. */
export type TileConfig = { url: string; attribution: string };

export type DetailMapMarker = {
  id: string;
  lat: number;
  lng: number;
  /** Place name and address: the marker's accessible name and the popup's heading. */
  title: string;
  address: string;
  /** Organisations at this place; on an interactive map the popup links to their pages. */
  organisations: { slug: string; name: string; kind: OrganizationKind }[];
  /**
   * A place from the map points (placesFrom), which carry no address or organisations: its
   * kind and number of services draw the icon, and the popup loads the rest when it opens.
   */
  loaded?: { kind: MarkerKind; count: number; popupUrl: string };
};

export type DetailMapProps = {
  tiles: TileConfig;
  markers: DetailMapMarker[];
  /** A wijk's outline, drawn under the markers and used to frame the map. */
  boundary?: AreaGeometry | null;
  /**
   * False: a small locator map next to an address, without panning, zooming, popups or
   * focus stops (the address and the route link carry the information). True: a map to explore.
   */
  interactive?: boolean;
  /** Accessible name of an interactive map, e.g. "Kaart van Overvecht". */
  label: string;
  /**
   * Instead of `markers` in the page: the places matching these search filters, loaded from
   * the API after the page is on screen (e.g. "wijk=overvecht": thousands at the size of the
   * Netherlands). With a boundary only the places inside it are drawn.
   */
  placesFrom?: { filters: string };
};
