// The detail page is organised by place: for every location, which services are there and
// when. Besides the organisation's own locations this includes any place where only one of
// its services is held.
import type { HoursLocale } from "../hours";
import type { DetailLocation, OrganisationDetail } from "./detail-queries";
import { hoursView, type HoursView } from "./hours-view";

export type ServiceAtLocationView = {
  serviceId: string;
  serviceName: string;
  /** ServiceAtLocation.description: what is different about the service at this place. */
  note: string | null;
  hours: HoursView;
};

export type LocationView = { location: DetailLocation; role: string | null; services: ServiceAtLocationView[] };

export function buildLocationViews(organisation: OrganisationDetail, now: Date, locale: HoursLocale): LocationView[] {
  const views = new Map<string, LocationView>();
  for (const { location, role } of organisation.locations) {
    views.set(location.id, { location, role, services: [] });
  }
  for (const service of organisation.services) {
    for (const at of service.locations) {
      const view = views.get(at.location.id) ?? { location: at.location, role: null, services: [] };
      view.services.push({
        serviceId: service.id,
        serviceName: service.name,
        note: at.description,
        hours: hoursView(at.schedules, at.exceptions, now, locale),
      });
      views.set(at.location.id, view);
    }
  }
  // The place with the most services first: usually the main office, the one to go to.
  return [...views.values()].sort((a, b) => b.services.length - a.services.length);
}
