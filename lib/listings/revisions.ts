// Every change to a listing is written as a revision in the same transaction as the change:
// who, when, and the part's state before and after. Restoring writes a new revision.
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import type { Snapshot } from "./diff";

export type Tx = Prisma.TransactionClient | Db;

/**
 * The parts of a listing that have their own history. Each restorable part has a
 * `<part>Snapshot(tx, entityId)` and an `apply<Part>Snapshot(tx, entityId, snapshot)` in
 * lib/listings/<part>-snapshot.ts, registered in lib/listings/restore-registry.ts.
 *   Organization — details (entityId: organisation id)
 *   Location     — an address and whether it is linked to the organisation (location id)
 *                  (a shared address: one revision in every organisation's history, location-revisions.ts)
 *   Service      — a service's own fields and categories (service id)
 *   Hours        — weekly and monthly rules of a service at a location (ServiceAtLocation id)
 *   Areas        — wijken and buurten a service serves (service id)
 *   ScheduleException — one exception; null snapshot = not there (exception id)
 *   Listing      — status changes: archive, approve, verify (organisation id); not restorable
 *   Membership / Invitation — who may edit; shown in history, not restorable
 *   ReferralLink — a referral agreement, one row for each of the two organisations; not restorable
 */
export type RevisionEntity =
  | "Organization"
  | "Location"
  | "Service"
  | "Hours"
  | "Areas"
  | "ScheduleException"
  | "Listing"
  | "Membership"
  | "Invitation"
  | "ReferralLink";

export type RevisionAction = "CREATE" | "UPDATE" | "ARCHIVE" | "UNARCHIVE" | "RESTORE" | "DELETE" | "VERIFY" | "APPROVE" | "REJECT" | "SUBMIT";

export async function recordRevision(
  tx: Tx,
  input: {
    entityType: RevisionEntity;
    entityId: string;
    organizationId: string;
    userId: string | null;
    action: RevisionAction;
    before?: Snapshot | null;
    after?: Snapshot | null;
  },
): Promise<void> {
  await tx.revision.create({
    data: {
      entityType: input.entityType,
      entityId: input.entityId,
      organizationId: input.organizationId,
      userId: input.userId,
      action: input.action,
      before: (input.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (input.after ?? undefined) as Prisma.InputJsonValue | undefined,
    },
  });
}

/** Dates become ISO strings so snapshots compare and store as plain JSON. */
export function toSnapshot<T extends object>(row: T): Snapshot {
  return JSON.parse(JSON.stringify(row)) as Snapshot;
}
