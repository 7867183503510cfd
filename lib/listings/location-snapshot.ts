// The location part of a listing as stored in revisions (and restored from them). A location
// can be shared by several organisations, so a snapshot is taken from one organisation's point
// of view: the address itself, whether it is linked to that organisation, and at which of that
// organisation's services it is offered. Restoring an unlink therefore links the address again
// and puts those services back at it (without hours: the Hours part keeps those).
import type { Snapshot } from "./diff";
import type { Tx } from "./revisions";
import { LOCATION_FIELDS } from "./location-schema";
import type { AccessibilityFeature } from "../generated/prisma/enums";
import { applyTranslations, translationsOf } from "./translation-snapshot";

export const locationSnapshotSelect = {
  name: true,
  address1: true,
  postalCode: true,
  city: true,
  description: true,
  accessibility: true,
  accessibilityNote: true,
  transportation: true,
  latitude: true,
  longitude: true,
  buurtCode: true,
} as const;

/**
 * The address, and — when `organizationId` is given — `organizationId`, `linked` and
 * `serviceIds` (that organisation's services offered here). `linkedOrganisationIds` names every
 * organisation at the address, so the history shows when it is shared.
 */
export async function locationSnapshot(tx: Tx, id: string, organizationId?: string | null): Promise<Snapshot | null> {
  const row = await tx.location.findUnique({
    where: { id },
    select: {
      ...locationSnapshotSelect,
      organizations: { select: { organizationId: true }, orderBy: { organizationId: "asc" } },
    },
  });
  if (!row) return null;
  const { organizations, accessibility, ...fields } = row;
  const linkedOrganisationIds = organizations.map((link) => link.organizationId);
  const snapshot: Snapshot = { ...fields, accessibility: [...accessibility].sort(), linkedOrganisationIds, ...(await translationsOf(tx, "location", id)) };
  if (!organizationId) return snapshot;
  const offered = await tx.serviceAtLocation.findMany({
    where: { locationId: id, service: { organizationId } },
    select: { serviceId: true },
    orderBy: { serviceId: "asc" },
  });
  return { ...snapshot, organizationId, linked: linkedOrganisationIds.includes(organizationId), serviceIds: offered.map((s) => s.serviceId) };
}

/** Only the editable fields of a snapshot, e.g. for a conflict or a restore. */
export function locationFields(snapshot: Snapshot): Snapshot {
  return Object.fromEntries(
    LOCATION_FIELDS.map((field) => {
      const value = snapshot[field] ?? null;
      // Ticked boxes compare as a set: the order they were sent in means nothing.
      return [field, Array.isArray(value) ? [...value].map(String).sort() : value];
    }),
  );
}

/** Removes an organisation from an address: the link, and its services' places there. */
export async function unlinkLocationFrom(tx: Tx, locationId: string, organizationId: string): Promise<void> {
  await tx.serviceAtLocation.deleteMany({ where: { locationId, service: { organizationId } } });
  await tx.organizationLocation.deleteMany({ where: { locationId, organizationId } });
}

/** The address fields of a snapshot as the Location row stores them (restore and undo). */
export function locationData(snapshot: Snapshot) {
  const fields = locationFields(snapshot);
  return {
    name: String(fields.name),
    address1: String(fields.address1),
    postalCode: String(fields.postalCode),
    city: String(fields.city ?? "Utrecht"),
    description: (fields.description as string | null) ?? null,
    accessibility: (fields.accessibility as AccessibilityFeature[] | null) ?? [],
    accessibilityNote: (fields.accessibilityNote as string | null) ?? null,
    transportation: (fields.transportation as string | null) ?? null,
    latitude: Number(fields.latitude),
    longitude: Number(fields.longitude),
    buurtCode: (snapshot.buurtCode as string | null | undefined) ?? null,
  };
}

/**
 * Writes a snapshot back (restore). The caller checks access and records the revision. The
 * address fields are written as they were; with an organisation in the snapshot its link is
 * made or removed to match, and its services listed there are offered here again. Services of
 * other organisations are never touched; services since removed or moved are skipped.
 */
export async function applyLocationSnapshot(tx: Tx, id: string, snapshot: Snapshot | null): Promise<void> {
  if (!snapshot) return;
  await tx.location.update({ where: { id }, data: { ...locationData(snapshot), version: { increment: 1 } } });
  await applyTranslations(tx, "location", id, snapshot);
  const organizationId = typeof snapshot.organizationId === "string" ? snapshot.organizationId : null;
  if (!organizationId || typeof snapshot.linked !== "boolean") return;
  if (!snapshot.linked) {
    await unlinkLocationFrom(tx, id, organizationId);
    return;
  }
  await tx.organizationLocation.createMany({ data: [{ organizationId, locationId: id }], skipDuplicates: true });
  const wanted = Array.isArray(snapshot.serviceIds) ? snapshot.serviceIds.filter((s): s is string => typeof s === "string") : [];
  if (wanted.length === 0) return;
  const services = await tx.service.findMany({ where: { id: { in: wanted }, organizationId }, select: { id: true } });
  await tx.serviceAtLocation.createMany({ data: services.map((s) => ({ serviceId: s.id, locationId: id })), skipDuplicates: true });
}
