// The parts of a listing that can be put back to an earlier version, by revision entityType
// (see the part list in revisions.ts). Each part reads its current state as a snapshot and
// writes a snapshot back; the restore action (restore-actions.ts) checks access, applies the
// snapshot and records the revision.
import type { Snapshot } from "./diff";
import type { RevisionEntity, Tx } from "./revisions";
import { applyOrganisationSnapshot, organisationSnapshot } from "./organisation-snapshot";
import { applyLocationSnapshot, locationSnapshot } from "./location-snapshot";
import { applyServiceSnapshot, serviceSnapshot } from "./service-snapshot";
import { applyHoursSnapshot, hoursSnapshot } from "./hours-snapshot";
import { applyAreaSnapshot, areaSnapshot } from "./area-snapshot";
import { applyExceptionSnapshot, exceptionSnapshot } from "./exception-snapshot";
import { refreshOrganisationSearchVectors } from "../search/refresh-vectors";

export type RestorablePart = {
  /** The part now. `organizationId` is the listing the revision belongs to (an address is shared). */
  snapshot: (tx: Tx, entityId: string, organizationId: string) => Promise<Snapshot | null>;
  apply: (tx: Tx, entityId: string, snapshot: Snapshot | null) => Promise<void>;
  /**
   * Whether the part can be set to `target` now. A part whose row is gone (a removed service,
   * a place that no longer exists) cannot be written back by its apply function, and some
   * parts treat "nothing" (null) as a real state while others cannot remove themselves.
   */
  canApply: (tx: Tx, entityId: string, target: Snapshot | null) => Promise<boolean>;
  /** Work that must follow a change of this part in the same transaction. */
  afterApply?: (tx: Tx, entityId: string) => Promise<unknown>;
};

const serviceExists = async (tx: Tx, id: string) => (await tx.service.count({ where: { id } })) > 0;
const placeExists = async (tx: Tx, id: unknown) => typeof id === "string" && (await tx.serviceAtLocation.count({ where: { id } })) > 0;

export const RESTORABLE_PARTS: Partial<Record<RevisionEntity, RestorablePart>> = {
  Organization: {
    snapshot: (tx, id) => organisationSnapshot(tx, id),
    apply: applyOrganisationSnapshot,
    // An organisation is never removed by a restore: archiving takes it off the map.
    canApply: async (tx, id, target) => target !== null && (await tx.organization.count({ where: { id } })) > 0,
    // The organisation's name and description are part of every service's search text.
    afterApply: (tx, id) => refreshOrganisationSearchVectors(tx, [id]),
  },
  Location: {
    snapshot: (tx, id, organizationId) => locationSnapshot(tx, id, organizationId),
    apply: applyLocationSnapshot,
    canApply: async (tx, id, target) => target !== null && (await tx.location.count({ where: { id } })) > 0,
  },
  Service: {
    snapshot: (tx, id) => serviceSnapshot(tx, id),
    // The search index is refreshed by applyServiceSnapshot itself.
    apply: applyServiceSnapshot,
    canApply: async (tx, id, target) => target !== null && serviceExists(tx, id),
  },
  Hours: {
    snapshot: (tx, id) => hoursSnapshot(tx, id),
    apply: applyHoursSnapshot,
    // Null is "no rules"; the service must still be offered at that place.
    canApply: (tx, id) => placeExists(tx, id),
  },
  Areas: {
    snapshot: (tx, id) => areaSnapshot(tx, id),
    apply: applyAreaSnapshot,
    // Null is "the whole city".
    canApply: (tx, id) => serviceExists(tx, id),
  },
  ScheduleException: {
    snapshot: (tx, id) => exceptionSnapshot(tx, id),
    apply: applyExceptionSnapshot,
    // Null removes the exception; bringing one back needs the place it belonged to.
    canApply: async (tx, _id, target) => target === null || placeExists(tx, target.serviceAtLocationId),
  },
};

export function restorablePart(entityType: string): RestorablePart | undefined {
  return RESTORABLE_PARTS[entityType as RevisionEntity];
}
