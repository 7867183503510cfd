// The service part of a listing as stored in revisions (and restored from them): the
// service's own fields, its categories and the addresses where it is offered. Opening hours
// at each address are the Hours part, service areas the Areas part.
import type { Snapshot } from "./diff";
import type { Tx } from "./revisions";
import { SERVICE_FIELDS } from "./service-schema";
import { refreshSearchVectors } from "../search/refresh-vectors";
import { applyTranslations, translationsOf } from "./translation-snapshot";
import type { AccessMode, CapacityStatus, DebtPhase, ServiceStatus } from "../generated/prisma/enums";

export const serviceSnapshotSelect = {
  name: true,
  description: true,
  status: true,
  phases: true,
  accessModes: true,
  languages: true,
  eligibility: true,
  isFree: true,
  costNote: true,
  noRegistration: true,
  capacity: true,
  capacityNote: true,
  phone: true,
  email: true,
  url: true,
} as const;

/** Lists are sorted, so two snapshots differ only when the choice differs, not its order. */
export async function serviceSnapshot(tx: Tx, id: string): Promise<Snapshot | null> {
  const row = await tx.service.findUnique({
    where: { id },
    select: {
      ...serviceSnapshotSelect,
      categories: { select: { categoryId: true } },
      locations: { select: { id: true, locationId: true } },
    },
  });
  if (!row) return null;
  const { categories, locations, phases, accessModes, languages, ...fields } = row;
  return {
    ...fields,
    phases: [...phases].sort(),
    accessModes: [...accessModes].sort(),
    languages: [...languages].sort(),
    categoryIds: categories.map((c) => c.categoryId).sort(),
    locationIds: locations.map((l) => l.locationId).sort(),
    // Which place (service-at-location id) each address was: the Hours and ScheduleException
    // revisions of a removed place name that id, so a restore recreates the place with it.
    places: Object.fromEntries(locations.map((l) => [l.locationId, l.id]).sort(([a], [b]) => a.localeCompare(b))),
    ...(await translationsOf(tx, "service", id)),
  };
}

/** Only the editable fields of a snapshot (or of the form's input), lists sorted, for comparing. */
export function serviceFields(snapshot: Snapshot): Snapshot {
  return Object.fromEntries(
    SERVICE_FIELDS.map((field) => {
      const value = snapshot[field] ?? null;
      return [field, Array.isArray(value) ? [...value].map(String).sort() : value];
    }),
  );
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/**
 * Writes a snapshot back (restore). The caller checks access and records the revision.
 * Categories are set as they were. Addresses: the service is offered again at the addresses
 * in the snapshot that its organisation still has (without hours: the Hours part restores
 * those), and no longer at addresses that are not in the snapshot. The search index follows.
 */
export async function applyServiceSnapshot(tx: Tx, id: string, snapshot: Snapshot | null): Promise<void> {
  if (!snapshot) return;
  const f = serviceFields(snapshot);
  const service = await tx.service.update({
    where: { id },
    data: {
      name: String(f.name),
      description: String(f.description),
      status: f.status as ServiceStatus,
      phases: list(f.phases) as DebtPhase[],
      accessModes: list(f.accessModes) as AccessMode[],
      languages: list(f.languages),
      eligibility: (f.eligibility as string | null) ?? null,
      isFree: f.isFree !== false,
      costNote: (f.costNote as string | null) ?? null,
      noRegistration: f.noRegistration === true,
      capacity: (f.capacity as CapacityStatus | null) ?? "OPEN",
      capacityNote: (f.capacityNote as string | null) ?? null,
      phone: (f.phone as string | null) ?? null,
      email: (f.email as string | null) ?? null,
      url: (f.url as string | null) ?? null,
      version: { increment: 1 },
    },
    select: { organizationId: true },
  });
  if ("categoryIds" in snapshot) {
    const categories = await tx.category.findMany({ where: { id: { in: list(snapshot.categoryIds) } }, select: { id: true } });
    await tx.serviceCategory.deleteMany({ where: { serviceId: id } });
    await tx.serviceCategory.createMany({ data: categories.map((c) => ({ serviceId: id, categoryId: c.id })) });
  }
  if ("locationIds" in snapshot) {
    const wanted = list(snapshot.locationIds);
    await tx.serviceAtLocation.deleteMany({ where: { serviceId: id, locationId: { notIn: wanted } } });
    const linked = await tx.organizationLocation.findMany({
      where: { organizationId: service.organizationId, locationId: { in: wanted } },
      select: { locationId: true },
    });
    const places = (snapshot.places && typeof snapshot.places === "object" ? snapshot.places : {}) as Record<string, unknown>;
    const placeId = (locationId: string) => (typeof places[locationId] === "string" ? { id: places[locationId] as string } : {});
    await tx.serviceAtLocation.createMany({
      data: linked.map((l) => ({ ...placeId(l.locationId), serviceId: id, locationId: l.locationId })),
      skipDuplicates: true,
    });
  }
  await applyTranslations(tx, "service", id, snapshot);
  await refreshSearchVectors(tx, [id]);
}
