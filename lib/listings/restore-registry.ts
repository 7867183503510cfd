// The parts of a listing that can be put back to an earlier version, by revision entityType
// (see the part list in revisions.ts). Each part reads its current state as a snapshot and
// writes a snapshot back; the restore action (restore-actions.ts) checks access, applies the
// snapshot and records the revision.
import type { Snapshot } from "./diff";
import type { RevisionEntity, Tx } from "./revisions";
import { applyOrganisationSnapshot, organisationSnapshot } from "./organisation-snapshot";
import { locationSnapshot } from "./location-snapshot";
import { applyLocationRestore, locationRestoreTarget } from "./location-restore";
import { locationViews, recordLocationChange } from "./location-revisions";
import type { Prisma } from "../generated/prisma/client";
import { applyServiceSnapshot, serviceSnapshot } from "./service-snapshot";
import { applyHoursSnapshot, hoursSnapshot } from "./hours-snapshot";
import { applyAreaSnapshot, areaSnapshot } from "./area-snapshot";
import { applyExceptionSnapshot, exceptionSnapshot } from "./exception-snapshot";
import { refreshOrganisationSearchVectors } from "../search/refresh-vectors";

export type RestorablePart = {
  /**
   * Takes the row lock that edits of this part take with their version-guarded UPDATE, so an
   * edit running at the same moment either commits before the restore reads the part (and the
   * restore reports a conflict) or waits for it. Without it an edit could land between the
   * restore's check and its write, and be overwritten unseen.
   */
  lock: (tx: Tx, entityId: string) => Promise<unknown>;
  /** The part now. `organizationId` is the listing the revision belongs to (an address is shared). */
  snapshot: (tx: Tx, entityId: string, organizationId: string) => Promise<Snapshot | null>;
  /**
   * What restoring a revision sets the part to, seen from the listing the revision belongs
   * to; null when it cannot be restored now. Without it: the revision's `before`.
   */
  target?: (tx: Tx, entityId: string, organizationId: string, revision: { before: Snapshot | null; after: Snapshot | null }) => Promise<Snapshot | null>;
  /** Writes the target. `scope` is the listing and the user's ownership condition, for parts that check it in the write. */
  apply: (tx: Tx, entityId: string, snapshot: Snapshot | null, scope: RestoreScope) => Promise<void>;
  /**
   * Whether the part can be set to `target` now. A part whose row is gone (a removed service,
   * a place that no longer exists) cannot be written back by its apply function, and some
   * parts treat "nothing" (null) as a real state while others cannot remove themselves.
   */
  canApply: (tx: Tx, entityId: string, target: Snapshot | null) => Promise<boolean>;
  /** Work that must follow a change of this part in the same transaction. */
  afterApply?: (tx: Tx, entityId: string) => Promise<unknown>;
  /**
   * A part other listings show too (a shared address). `views` reads every listing's view
   * before the write; `record` then writes the revisions of all of them (instead of only the
   * listing's own) and returns the other listings that got one.
   */
  shared?: {
    views: (tx: Tx, entityId: string) => Promise<Map<string, Snapshot | null>>;
    record: (
      tx: Tx,
      input: { entityId: string; organizationId: string; userId: string; before: Snapshot | null; othersBefore: Map<string, Snapshot | null> },
    ) => Promise<string[]>;
  };
};

export type RestoreScope = { organizationId: string; organizations: Prisma.OrganizationWhereInput };

// Hours and areas share the service's version, so they lock the service row like its form.
const lockOrganisation = (tx: Tx, id: string) => tx.$queryRaw`SELECT 1 FROM "Organization" WHERE "id" = ${id} FOR UPDATE`;
const lockLocation = (tx: Tx, id: string) => tx.$queryRaw`SELECT 1 FROM "Location" WHERE "id" = ${id} FOR UPDATE`;
const lockService = (tx: Tx, id: string) => tx.$queryRaw`SELECT 1 FROM "Service" WHERE "id" = ${id} FOR UPDATE`;
const lockServiceOfPlace = (tx: Tx, placeId: string) =>
  tx.$queryRaw`SELECT 1 FROM "Service" s JOIN "ServiceAtLocation" p ON p."serviceId" = s."id" WHERE p."id" = ${placeId} FOR UPDATE OF s`;
const lockException = (tx: Tx, id: string) => tx.$queryRaw`SELECT 1 FROM "ScheduleException" WHERE "id" = ${id} FOR UPDATE`;

const serviceExists = async (tx: Tx, id: string) => (await tx.service.count({ where: { id } })) > 0;
const placeExists = async (tx: Tx, id: unknown) => typeof id === "string" && (await tx.serviceAtLocation.count({ where: { id } })) > 0;

export const RESTORABLE_PARTS: Partial<Record<RevisionEntity, RestorablePart>> = {
  Organization: {
    lock: lockOrganisation,
    snapshot: (tx, id) => organisationSnapshot(tx, id),
    apply: applyOrganisationSnapshot,
    // An organisation is never removed by a restore: archiving takes it off the map.
    canApply: async (tx, id, target) => target !== null && (await tx.organization.count({ where: { id } })) > 0,
    // The organisation's name and description are part of every service's search text.
    afterApply: (tx, id) => refreshOrganisationSearchVectors(tx, [id]),
  },
  Location: {
    lock: lockLocation,
    snapshot: (tx, id, organizationId) => locationSnapshot(tx, id, organizationId),
    // Not the whole `before`: an address change puts back the address (only while the
    // organisation is still there), an unlink puts back the link (location-restore.ts).
    target: locationRestoreTarget,
    apply: applyLocationRestore,
    canApply: async (tx, id, target) => target !== null && (await tx.location.count({ where: { id } })) > 0,
    // A shared address: the restore is in the history of every organisation there.
    shared: {
      views: locationViews,
      record: (tx, input) => recordLocationChange(tx, { locationId: input.entityId, organizationId: input.organizationId, userId: input.userId, action: "RESTORE", before: input.before, othersBefore: input.othersBefore }),
    },
  },
  Service: {
    lock: lockService,
    snapshot: (tx, id) => serviceSnapshot(tx, id),
    // The search index is refreshed by applyServiceSnapshot itself.
    apply: applyServiceSnapshot,
    canApply: async (tx, id, target) => target !== null && serviceExists(tx, id),
  },
  Hours: {
    lock: lockServiceOfPlace,
    snapshot: (tx, id) => hoursSnapshot(tx, id),
    apply: applyHoursSnapshot,
    // Null is "no rules"; the service must still be offered at that place.
    canApply: (tx, id) => placeExists(tx, id),
  },
  Areas: {
    lock: lockService,
    snapshot: (tx, id) => areaSnapshot(tx, id),
    apply: applyAreaSnapshot,
    // Null is "the whole city".
    canApply: (tx, id) => serviceExists(tx, id),
  },
  ScheduleException: {
    lock: lockException,
    snapshot: (tx, id) => exceptionSnapshot(tx, id),
    apply: applyExceptionSnapshot,
    // Null removes the exception; bringing one back needs the place it belonged to.
    canApply: async (tx, _id, target) => target === null || placeExists(tx, target.serviceAtLocationId),
  },
};

export function restorablePart(entityType: string): RestorablePart | undefined {
  return RESTORABLE_PARTS[entityType as RevisionEntity];
}
