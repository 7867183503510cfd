// What the map asks for and gets back: GET /api/v1/map-points with the page's filters answers
// every matching place (not only the page of results in the list) as compact GeoJSON, one
// feature per place with only what its marker needs. The map loads it after the page is on
// screen, so the HTML carries the list and nothing more. A popup asks for its place's services
// when it opens: GET /api/v1/map-points/<location id> with the same filters.

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
  /** The location id. */
  id: string;
  /** [longitude, latitude], rounded to 5 decimals (about a metre). */
  geometry: { type: "Point"; coordinates: [number, number] };
  /** `count`: the matching services at this place. */
  properties: { name: string; kind: MarkerKind; count: number };
};

/** A popup's content: GET /api/v1/map-points/<id>?<filters>, the services there matching them. */
export type MapPlaceDetails = { id: string; name: string; address: string; entries: MapPlaceEntry[] };

export type MapPointsCollection = {
  type: "FeatureCollection";
  /** Matching places, also when the answer was capped. */
  total: number;
  /** True when the answer holds only the first 10,000 places. */
  truncated: boolean;
  features: MapPointsFeature[];
};

/** A place on the map: the location id is its key, which the list's "Toon op kaart" uses. */
export type MapPlace = {
  key: string;
  name: string;
  lat: number;
  lng: number;
  kind: MarkerKind;
  /** Matching services here. */
  count: number;
  /** Where the popup's content comes from: this place, for the filters it was found with. */
  popupUrl: string;
};

/** `filters`: the query the collection answered (mapPointsQuery), which the popups ask with too. */
export function toMapPlaces(collection: MapPointsCollection, filters: string): MapPlace[] {
  return collection.features.map(({ id, geometry, properties }) => ({
    key: String(id),
    name: properties.name,
    lng: geometry.coordinates[0],
    lat: geometry.coordinates[1],
    kind: properties.kind,
    count: properties.count,
    popupUrl: mapPlaceUrl(String(id), filters),
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

/** The popup content of one place for the same filters (mapPointsQuery). */
export function mapPlaceUrl(key: string, filters: string): string {
  return mapPointsUrl(filters).replace(MAP_POINTS_PATH, `${MAP_POINTS_PATH}/${encodeURIComponent(key)}`);
}

