// The weekly and monthly rules of one service at one location, as stored in revisions
// (entityType "Hours", entityId = ServiceAtLocation id) and restored from them.
import type { Snapshot } from "./diff";
import type { Tx } from "./revisions";
import { WEEKDAYS, type Weekday } from "../hours/types";
import { refreshOpenings } from "../search/openings";

export type HoursSnapshotRule = {
  freq: "WEEKLY" | "MONTHLY";
  byDay: Weekday;
  weekOfMonth: number | null;
  opensAt: string;
  closesAt: string;
  /** "YYYY-MM-DD" or null; the editor does not set these, but a restore must keep them. */
  validFrom: string | null;
  validTo: string | null;
  description: string | null;
};

export type HoursSnapshot = { rules: HoursSnapshotRule[] };

const dateText = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const dbDate = (value: string | null | undefined) => (value ? new Date(`${value.slice(0, 10)}T00:00:00.000Z`) : null);

/** Monday first, then by time: the same set of rules always gives the same snapshot. */
export function sortRules<T extends { byDay: Weekday; opensAt: string; closesAt: string; freq: string; weekOfMonth: number | null }>(rules: T[]): T[] {
  return [...rules].sort(
    (a, b) =>
      WEEKDAYS.indexOf(a.byDay) - WEEKDAYS.indexOf(b.byDay) ||
      a.opensAt.localeCompare(b.opensAt) ||
      a.closesAt.localeCompare(b.closesAt) ||
      a.freq.localeCompare(b.freq) ||
      (a.weekOfMonth ?? 0) - (b.weekOfMonth ?? 0),
  );
}

export async function hoursSnapshot(tx: Tx, serviceAtLocationId: string): Promise<(Snapshot & HoursSnapshot) | null> {
  const row = await tx.serviceAtLocation.findUnique({
    where: { id: serviceAtLocationId },
    select: {
      schedules: { select: { freq: true, byDay: true, weekOfMonth: true, opensAt: true, closesAt: true, validFrom: true, validTo: true, description: true } },
    },
  });
  if (!row) return null;
  const rules = row.schedules.map((rule) => ({ ...rule, validFrom: dateText(rule.validFrom), validTo: dateText(rule.validTo) }));
  return { rules: sortRules(rules) };
}

/** Replaces every rule of the service at this location; the caller checks access and versions. */
export async function replaceHoursRules(tx: Tx, serviceAtLocationId: string, rules: readonly Partial<HoursSnapshotRule>[]): Promise<void> {
  await tx.schedule.deleteMany({ where: { serviceAtLocationId } });
  if (rules.length > 0) await createRules(tx, serviceAtLocationId, rules);
  // The search's openings change with the rules, in the same transaction.
  await refreshOpenings(tx, [serviceAtLocationId]);
}

async function createRules(tx: Tx, serviceAtLocationId: string, rules: readonly Partial<HoursSnapshotRule>[]): Promise<void> {
  await tx.schedule.createMany({
    data: rules.map((rule) => ({
      serviceAtLocationId,
      freq: rule.freq ?? "WEEKLY",
      byDay: rule.byDay as Weekday,
      weekOfMonth: rule.freq === "MONTHLY" ? (rule.weekOfMonth ?? null) : null,
      opensAt: rule.opensAt as string,
      closesAt: rule.closesAt as string,
      validFrom: dbDate(rule.validFrom),
      validTo: dbDate(rule.validTo),
      description: rule.description ?? null,
    })),
  });
}

/**
 * Writes a snapshot back (restore); null means "no rules". The service's version goes up, so
 * a form opened before the restore reports a conflict instead of overwriting it. The caller
 * checks access and records the revision.
 */
export async function applyHoursSnapshot(tx: Tx, serviceAtLocationId: string, snapshot: Snapshot | null): Promise<void> {
  const row = await tx.serviceAtLocation.findUnique({ where: { id: serviceAtLocationId }, select: { serviceId: true } });
  if (!row) return;
  const rules = Array.isArray(snapshot?.rules) ? (snapshot.rules as Partial<HoursSnapshotRule>[]) : [];
  await replaceHoursRules(tx, serviceAtLocationId, rules);
  await tx.service.update({ where: { id: row.serviceId }, data: { version: { increment: 1 } } });
}
