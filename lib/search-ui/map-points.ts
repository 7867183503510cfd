// Search items → map markers: one marker per place, listing every service found there, so a
// shared hub (NOA in Overvecht) is one marker naming all its partners instead of a stack of
// markers on one spot that nobody can click apart.
import type { SearchItem } from "@/lib/search/types";

export type MarkerKind = "formal" | "informal" | "mixed";

export type MapEntry = {
  itemId: string;
  serviceName: string;
  organisationName: string;
  organisationSlug: string;
  kind: "formal" | "informal";
  openText: string;
};

export type MapPoint = {
  /** The location id; list items point at their marker with it. */
  key: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  kind: MarkerKind;
  entries: MapEntry[];
};

export function toMapPoints(items: readonly SearchItem[], openText: (item: SearchItem) => string): MapPoint[] {
  const points = new Map<string, MapPoint>();
  for (const item of items) {
    const { location } = item;
    if (!location) continue;
    const kind = item.organization.kind === "FORMAL" ? "formal" : "informal";
    const point = points.get(location.id) ?? {
      key: location.id,
      name: location.name,
      address: `${location.address1}, ${location.postalCode} ${location.city}`,
      lat: location.lat,
      lng: location.lng,
      kind,
      entries: [],
    };
    if (point.kind !== kind) point.kind = "mixed";
    point.entries.push({
      itemId: item.id,
      serviceName: item.service.name,
      organisationName: item.organization.name,
      organisationSlug: item.organization.slug,
      kind,
      openText: openText(item),
    });
    points.set(location.id, point);
  }
  return [...points.values()];
}

/** How many different organisations a marker stands for (a hub has several). */
export function organisationCount(point: MapPoint): number {
  return new Set(point.entries.map((entry) => entry.organisationSlug)).size;
}
