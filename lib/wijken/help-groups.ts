// The wijk page groups help by the three tracks (sporen) of Utrecht's debt help, the order a
// resident meets them: help in the neighbourhood first, the buurtteam, then specialist help.
import type { OrganizationKind, Track } from "../generated/prisma/enums";

export const TRACK_ORDER: readonly Track[] = ["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"];

type GroupableService = {
  id: string;
  organization: { id: string; slug: string; name: string; kind: OrganizationKind; track: Track };
  locations: readonly unknown[];
};

export type OrganisationGroup<S extends GroupableService> = {
  organisation: S["organization"];
  services: (S & { locatedHere: boolean })[];
};

export type TrackGroup<S extends GroupableService> = { track: Track; organisations: OrganisationGroup<S>[] };

/** Services (already sorted by organisation name) grouped by track, then by organisation. */
export function groupHelpByTrack<S extends GroupableService>(services: readonly S[]): TrackGroup<S>[] {
  const groups = new Map<Track, Map<string, OrganisationGroup<S>>>(TRACK_ORDER.map((track) => [track, new Map()]));
  for (const service of services) {
    const byOrganisation = groups.get(service.organization.track);
    if (!byOrganisation) continue;
    const group: OrganisationGroup<S> = byOrganisation.get(service.organization.id) ?? {
      organisation: service.organization,
      services: [],
    };
    // `locations` holds only places inside the wijk, so any entry means "you can go here in the wijk".
    group.services.push({ ...service, locatedHere: service.locations.length > 0 });
    byOrganisation.set(service.organization.id, group);
  }
  return TRACK_ORDER.map((track) => ({ track, organisations: [...(groups.get(track)?.values() ?? [])] })).filter(
    (group) => group.organisations.length > 0,
  );
}
