// Turns organisations into map points: one point per location, listing every organisation
// there, so a shared hub (NOA in Overvecht) is one marker that names all its partners.
import type { OrganizationKind } from "../generated/prisma/enums";

type OrganisationAtLocations = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  locations: { location: { id: string; name: string; address1: string; postalCode: string; city: string; latitude: number; longitude: number } }[];
};

export type MapPoint = {
  locationId: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  organisations: { slug: string; name: string; kind: OrganizationKind }[];
};

export function toMapPoints(organisations: OrganisationAtLocations[]): MapPoint[] {
  const points = new Map<string, MapPoint>();
  for (const organisation of organisations) {
    for (const { location } of organisation.locations) {
      const point = points.get(location.id) ?? {
        locationId: location.id,
        name: location.name,
        address: `${location.address1}, ${location.postalCode} ${location.city}`,
        lat: location.latitude,
        lng: location.longitude,
        organisations: [],
      };
      point.organisations.push({ slug: organisation.slug, name: organisation.name, kind: organisation.kind });
      points.set(location.id, point);
    }
  }
  return [...points.values()];
}
