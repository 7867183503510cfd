// One exception to the opening hours ("gesloten", "andere tijden") as stored in revisions
// (entityType "ScheduleException", entityId = exception id). A null snapshot means the
// exception is not there: restoring the state before it was added removes it, restoring the
// state before it was removed brings it back with the same id.
import type { Snapshot } from "./diff";
import type { Tx } from "./revisions";
import { NotAllowedError } from "../actions/errors";
import { refreshOpenings } from "../search/openings";

export type ExceptionSnapshot = {
  serviceAtLocationId: string;
  /** "YYYY-MM-DD", inclusive. */
  startDate: string;
  endDate: string;
  kind: "CLOSED" | "SPECIAL_HOURS";
  opensAt: string | null;
  closesAt: string | null;
  reason: string | null;
};

const dateText = (value: Date) => value.toISOString().slice(0, 10);
const dbDate = (value: unknown) => new Date(`${String(value).slice(0, 10)}T00:00:00.000Z`);

export function toExceptionSnapshot(row: {
  serviceAtLocationId: string;
  startDate: Date;
  endDate: Date;
  kind: "CLOSED" | "SPECIAL_HOURS";
  opensAt: string | null;
  closesAt: string | null;
  reason: string | null;
}): Snapshot & ExceptionSnapshot {
  return {
    serviceAtLocationId: row.serviceAtLocationId,
    startDate: dateText(row.startDate),
    endDate: dateText(row.endDate),
    kind: row.kind,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    reason: row.reason,
  };
}

export async function exceptionSnapshot(tx: Tx, id: string): Promise<(Snapshot & ExceptionSnapshot) | null> {
  const row = await tx.scheduleException.findUnique({
    where: { id },
    select: { serviceAtLocationId: true, startDate: true, endDate: true, kind: true, opensAt: true, closesAt: true, reason: true },
  });
  return row ? toExceptionSnapshot(row) : null;
}

/** Writes a snapshot back (restore). The caller checks access and records the revision. */
export async function applyExceptionSnapshot(tx: Tx, id: string, snapshot: Snapshot | null): Promise<void> {
  if (!snapshot) {
    const gone = await tx.scheduleException.findUnique({ where: { id }, select: { serviceAtLocationId: true } });
    await tx.scheduleException.deleteMany({ where: { id } });
    if (gone) await refreshOpenings(tx, [gone.serviceAtLocationId]);
    return;
  }
  const fields = {
    startDate: dbDate(snapshot.startDate),
    endDate: dbDate(snapshot.endDate),
    kind: snapshot.kind === "SPECIAL_HOURS" ? ("SPECIAL_HOURS" as const) : ("CLOSED" as const),
    opensAt: snapshot.kind === "SPECIAL_HOURS" ? ((snapshot.opensAt as string | null) ?? null) : null,
    closesAt: snapshot.kind === "SPECIAL_HOURS" ? ((snapshot.closesAt as string | null) ?? null) : null,
    reason: (snapshot.reason as string | null) ?? null,
  };
  // The exception stays with the service and location it belonged to; a snapshot cannot move it.
  // When that service no longer has that place, there is nothing to put it back on.
  const place = await tx.serviceAtLocation.findUnique({ where: { id: String(snapshot.serviceAtLocationId) }, select: { id: true } });
  if (!place) throw new NotAllowedError();
  await tx.scheduleException.upsert({
    where: { id },
    create: { id, serviceAtLocationId: String(snapshot.serviceAtLocationId), ...fields },
    update: fields,
  });
  await refreshOpenings(tx, [place.id]);
}
