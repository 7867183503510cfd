// Markers for the wijk map: one per place in the wijk, naming every organisation there, so a
// shared hub is one marker rather than a stack of identical ones.
import type { OrganizationKind } from "../generated/prisma/enums";

export type WijkMapPoint = {
  id: string;
  name: string;
  address: string;
  lat: number;
  lng: number;
  organisations: { slug: string; name: string; kind: OrganizationKind }[];
};

type ServiceWithPlaces = {
  organization: { slug: string; name: string; kind: OrganizationKind };
  locations: { location: { id: string; name: string; address1: string; postalCode: string; city: string; latitude: number; longitude: number } }[];
};

export function wijkMapPoints(services: readonly ServiceWithPlaces[]): WijkMapPoint[] {
  const points = new Map<string, WijkMapPoint>();
  for (const service of services) {
    for (const { location } of service.locations) {
      const point = points.get(location.id) ?? {
        id: location.id,
        name: location.name,
        address: `${location.address1}, ${location.postalCode} ${location.city}`,
        lat: location.latitude,
        lng: location.longitude,
        organisations: [],
      };
      if (!point.organisations.some((o) => o.slug === service.organization.slug)) {
        point.organisations.push({ slug: service.organization.slug, name: service.organization.name, kind: service.organization.kind });
      }
      points.set(location.id, point);
    }
  }
  return [...points.values()];
}
