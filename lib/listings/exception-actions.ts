"use server";
// Adding and removing exceptions to the opening hours, and the one-tap "Vandaag gesloten"
// with its undo. Each exception is its own row with its own history, so these actions do not
// use the service's version: adding a closed day cannot overwrite anyone's work. Ownership is
// checked in the same transaction, through the service's organisation.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { NotAllowedError, RuleError } from "../actions/errors";
import { editableOrganizations } from "../auth/scopes";
import { requireEditableServiceAtLocation } from "./hours-access";
import { amsterdamToday, amsterdamTodayKey, dbDate } from "./exception-dates";
import { closedTodaySchema, exceptionSchema, removeExceptionSchema, reopenTodaySchema } from "./exception-schema";
import { toExceptionSnapshot } from "./exception-snapshot";
import { listingTransaction } from "./transaction";
import { recordRevision, type Tx } from "./revisions";
import type { ActionState } from "../actions/state";
import { revalidateListings } from "./revalidate";
import { refreshOpenings } from "../search/openings";

const exceptionSelect = { id: true, serviceAtLocationId: true, startDate: true, endDate: true, kind: true, opensAt: true, closesAt: true, reason: true } as const;

async function createException(
  tx: Tx,
  place: { id: string; organizationId: string },
  userId: string,
  data: { startDate: Date; endDate: Date; kind: "CLOSED" | "SPECIAL_HOURS"; opensAt: string | null; closesAt: string | null; reason: string | null },
) {
  const row = await tx.scheduleException.create({ data: { serviceAtLocationId: place.id, ...data }, select: exceptionSelect });
  await refreshOpenings(tx, [place.id]);
  await recordRevision(tx, {
    entityType: "ScheduleException",
    entityId: row.id,
    organizationId: place.organizationId,
    userId,
    action: "CREATE",
    before: null,
    after: toExceptionSnapshot(row),
  });
  return row;
}

async function deleteException(tx: Tx, row: { id: string; serviceAtLocationId: string; startDate: Date; endDate: Date; kind: "CLOSED" | "SPECIAL_HOURS"; opensAt: string | null; closesAt: string | null; reason: string | null }, organizationId: string, userId: string) {
  await tx.scheduleException.delete({ where: { id: row.id } });
  await refreshOpenings(tx, [row.serviceAtLocationId]);
  await recordRevision(tx, {
    entityType: "ScheduleException",
    entityId: row.id,
    organizationId,
    userId,
    action: "DELETE",
    before: toExceptionSnapshot(row),
    after: null,
  });
}

export const addException = defineAction({
  schema: exceptionSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    // An exception that is over already would vanish from the list at once: refuse it.
    if (input.endDate < amsterdamTodayKey()) throw new RuleError("dateInPast", "endDate");
    await listingTransaction(async (tx) => {
      const place = await requireEditableServiceAtLocation(tx, user, input.serviceId, input.serviceAtLocationId);
      await createException(tx, place, user.id, {
        startDate: dbDate(input.startDate),
        endDate: dbDate(input.endDate),
        kind: input.kind,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        reason: input.reason,
      });
    });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "HoursEditor" });
    return { message: t("exceptions.added") };
  },
});

export const removeException = defineAction({
  schema: removeExceptionSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    await listingTransaction(async (tx) => {
      const row = await tx.scheduleException.findFirst({
        where: { id: input.exceptionId, serviceAtLocation: { serviceId: input.serviceId, service: { organization: editableOrganizations(user) } } },
        select: { ...exceptionSelect, serviceAtLocation: { select: { service: { select: { organizationId: true } } } } },
      });
      if (!row) throw new NotAllowedError();
      const { serviceAtLocation, ...exception } = row;
      await deleteException(tx, exception, serviceAtLocation.service.organizationId, user.id);
    });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "HoursEditor" });
    return { message: t("exceptions.removed") };
  },
});

/** "Vandaag gesloten": a CLOSED exception for today, unless today is closed already. */
export const closeToday = defineAction({
  schema: closedTodaySchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    const today = amsterdamToday();
    const created = await listingTransaction(async (tx) => {
      const place = await requireEditableServiceAtLocation(tx, user, input.serviceId, input.serviceAtLocationId);
      const existing = await tx.scheduleException.findFirst({
        where: { serviceAtLocationId: place.id, kind: "CLOSED", startDate: { lte: today }, endDate: { gte: today } },
        select: { id: true },
      });
      if (existing) return false;
      await createException(tx, place, user.id, { startDate: today, endDate: today, kind: "CLOSED", opensAt: null, closesAt: null, reason: input.reason });
      return true;
    });
    const t = await getTranslations({ locale, namespace: "HoursEditor" });
    if (!created) return { message: t("today.alreadyClosed") };
    revalidateListings();
    return { message: t("today.closedSaved") };
  },
});

/** "Toch open vandaag": removes today's one-day closure. A longer closure is left alone. */
export const reopenToday = defineAction({
  schema: reopenTodaySchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    const today = amsterdamToday();
    const removed = await listingTransaction(async (tx) => {
      const place = await requireEditableServiceAtLocation(tx, user, input.serviceId, input.serviceAtLocationId);
      const rows = await tx.scheduleException.findMany({
        where: { serviceAtLocationId: place.id, kind: "CLOSED", startDate: today, endDate: today },
        select: exceptionSelect,
      });
      for (const row of rows) await deleteException(tx, row, place.organizationId, user.id);
      return rows.length;
    });
    const t = await getTranslations({ locale, namespace: "HoursEditor" });
    if (removed === 0) return { message: t("today.nothingToUndo") };
    revalidateListings();
    return { message: t("today.reopened") };
  },
});

/**
 * The "Vandaag" panel's one form: its two buttons say which of the two actions is meant. A
 * server action itself (not a wrapper in the browser), so the buttons work without JavaScript.
 */
export async function updateToday(previous: ActionState<undefined>, submitted: FormData): Promise<ActionState<undefined>> {
  return submitted.get("intent") === "reopen" ? reopenToday(previous, submitted) : closeToday(previous, submitted);
}
