// Exceptions to the opening hours of a service at a location: a closed period or other hours
// for some days, and the one-tap "Vandaag gesloten". Shared by the forms and the actions.
import { z } from "zod";
import { date, id, optionalText, time } from "../forms/fields";
import { toCivilDate } from "../hours/civil-date";

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** A real calendar date: "2026-02-30" is refused instead of rolling into March. */
const calendarDate = date.refine((value) => {
  try {
    toCivilDate(value);
    return true;
  } catch {
    return false;
  }
}, "date");

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (isBlank(value) ? undefined : value), schema.optional());

export const exceptionSchema = z
  .object({
    serviceId: id,
    serviceAtLocationId: id,
    startDate: calendarDate,
    /** Empty: one day, the start date. */
    endDate: optional(calendarDate),
    kind: z.preprocess((value) => (isBlank(value) ? "CLOSED" : value), z.enum(["CLOSED", "SPECIAL_HOURS"], "choice")),
    opensAt: optional(time),
    closesAt: optional(time),
    reason: optionalText(200),
  })
  .superRefine((input, context) => {
    if (input.endDate && input.endDate < input.startDate) context.addIssue({ code: "custom", path: ["endDate"], message: "endBeforeStart" });
    if (input.kind !== "SPECIAL_HOURS") return;
    if (!input.opensAt) context.addIssue({ code: "custom", path: ["opensAt"], message: "required" });
    if (!input.closesAt) context.addIssue({ code: "custom", path: ["closesAt"], message: "required" });
    if (input.opensAt && input.opensAt === input.closesAt) context.addIssue({ code: "custom", path: ["closesAt"], message: "closesBeforeOpens" });
  })
  .transform((input) => ({
    ...input,
    endDate: input.endDate ?? input.startDate,
    // A closed day has no times, whatever was left in the fields.
    opensAt: input.kind === "SPECIAL_HOURS" ? (input.opensAt ?? null) : null,
    closesAt: input.kind === "SPECIAL_HOURS" ? (input.closesAt ?? null) : null,
  }));

export type ExceptionInput = z.output<typeof exceptionSchema>;

export const removeExceptionSchema = z.object({ serviceId: id, exceptionId: id });

export const closedTodaySchema = z.object({ serviceId: id, serviceAtLocationId: id, reason: optionalText(200) });

export const reopenTodaySchema = z.object({ serviceId: id, serviceAtLocationId: id });

/** The fields of the exception form, in screen order (error summary). */
export const EXCEPTION_FIELDS = ["startDate", "endDate", "kind", "opensAt", "closesAt", "reason"] as const;
