// The search result as GeoJSON (RFC 7946) for map clients and GIS tools: one Point per item
// with a place; items without one (a phone line, an online course) have no geometry to show
// and are left out, while `total` still counts them, as in the JSON answer.
import type { SearchItem, SearchResult } from "./types";

type ItemLocation = NonNullable<SearchItem["location"]>;

export type FeatureProperties = Omit<SearchItem, "location"> & { location: Omit<ItemLocation, "lat" | "lng"> };

export type SearchFeature = {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: FeatureProperties;
};

export type SearchFeatureCollection = {
  type: "FeatureCollection";
  features: SearchFeature[];
  // Foreign members (RFC 7946 §6.1): paging, as in the JSON answer.
  total: number;
  page: number;
  per_page: number;
};

export function toFeatureCollection(result: SearchResult): SearchFeatureCollection {
  const features = result.items.flatMap((item): SearchFeature[] => {
    if (!item.location) return [];
    const { lat, lng, ...place } = item.location;
    return [
      {
        type: "Feature",
        id: item.id,
        // GeoJSON order is [longitude, latitude].
        geometry: { type: "Point", coordinates: [lng, lat] },
        properties: { ...item, location: place },
      },
    ];
  });
  return { type: "FeatureCollection", features, total: result.total, page: result.page, per_page: result.per_page };
}
