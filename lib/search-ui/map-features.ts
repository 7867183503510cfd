// What the map asks for and gets back: GET /api/v1/map-points with the page's filters answers
// every matching place (not only the page of results in the list) as compact GeoJSON, one
// feature per place. The map loads it after the page is on screen, so the HTML carries the
// list and nothing more.

/** A marker's colour: a place where only formal, only informal, or both kinds of partners help. */
export type MarkerKind = "formal" | "informal" | "mixed";

export const MAP_POINTS_PATH = "/api/v1/map-points";
/** The wijk outlines, one cacheable file for every page with a map. */
export const WIJKEN_PATH = "/api/v1/wijken.geojson";

export type MapPlaceEntry = {
  itemId: string;
  serviceName: string;
  organisationName: string;
  organisationSlug: string;
  kind: "formal" | "informal";
  /** Open at the moment of the answer. */
  open: boolean;
};

export type MapPointsFeature = {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: { name: string; address: string; kind: MarkerKind; entries: MapPlaceEntry[] };
};

export type MapPointsCollection = {
  type: "FeatureCollection";
  /** Matching places with a location, also when the answer was capped. */
  total: number;
  /** True when the answer holds only the first 10,000 places. */
  truncated: boolean;
  features: MapPointsFeature[];
};

/** A place on the map: the location id is its key, which the list's "Toon op kaart" uses. */
export type MapPlace = {
  key: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  kind: MarkerKind;
  entries: MapPlaceEntry[];
};

export function toMapPlaces(collection: MapPointsCollection): MapPlace[] {
  return collection.features.map(({ id, geometry, properties }) => ({
    key: String(id),
    name: properties.name,
    address: properties.address,
    lng: geometry.coordinates[0],
    lat: geometry.coordinates[1],
    kind: properties.kind,
    entries: properties.entries,
  }));
}

// Paging, order and output format change the list, not which places match.
const NOT_FILTERS = ["page", "per_page", "sort", "format"];

/** The filter part of a search, sorted so the same search is the same URL (and cache entry). */
export function mapPointsQuery(query: URLSearchParams): string {
  const filters = new URLSearchParams();
  for (const [key, value] of query) if (!NOT_FILTERS.includes(key)) filters.append(key, value);
  filters.sort();
  return filters.toString();
}

export function mapPointsUrl(filters: string): string {
  return filters ? `${MAP_POINTS_PATH}?${filters}` : MAP_POINTS_PATH;
}

