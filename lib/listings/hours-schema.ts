// The opening-hours form of one service at one location: a list of rules, saved as a whole.
// One schema for the form in the browser and the action. A rule row carries "repeat" (every
// week, or the first…fourth/last such weekday of the month) instead of freq + weekOfMonth,
// because that is one question for the person filling it in.
import { z } from "zod";
import { date, id, optionalText, time, version } from "../forms/fields";
import { spanMinutes } from "../hours/clock";
import { WEEKDAYS, type Weekday } from "../hours/types";

export const WEEKDAY_VALUES = WEEKDAYS as unknown as [Weekday, ...Weekday[]];

/** "WEEKLY", or the week of the month of a monthly rule ("-1" = the last one). */
export const REPEATS = ["WEEKLY", "1", "2", "3", "4", "-1"] as const;
export type Repeat = (typeof REPEATS)[number];

export const MAX_RULES = 40;

/** Open longer than this in one go, and the form asks whether that is right. */
export const LONG_SPAN_MINUTES = 12 * 60;

export type SpanCheck = { overnight: boolean; long: boolean; hours: number; minutes: number };

/**
 * What the confirmation box sends: the times it confirms ("16:00-09:30"), not just "on". A
 * tick given for other times — times changed in a form without JavaScript, where nothing
 * unticks the box — confirms nothing, and the form asks again with the new times.
 */
export function confirmValue(opensAt: string, closesAt: string): string {
  return `${opensAt.trim()}-${closesAt.trim()}`;
}

/**
 * Whether a rule's times need the coordinator's confirmation: a span that runs past midnight
 * into the next day, or one longer than 12 hours. Both are rare for walk-in hours and are
 * often a slip (16:00–09:30 meant as 09:30–16:00), which would otherwise be saved silently.
 * Closing at exactly 00:00 ends the day, it does not cross it. Null when no confirmation is
 * needed or the times cannot be read (the time fields say so themselves).
 */
export function spanToConfirm(opensAt: string, closesAt: string): SpanCheck | null {
  const span = spanMinutes(opensAt, closesAt);
  if (!span || opensAt.trim() === closesAt.trim()) return null;
  const length = span.closes - span.opens;
  const overnight = span.closes > 24 * 60;
  const long = length > LONG_SPAN_MINUTES;
  return overnight || long ? { overnight, long, hours: Math.floor(length / 60), minutes: length % 60 } : null;
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/**
 * A row the person emptied, or ticked "weghalen" on (the form without JavaScript), counts as
 * no rule. It becomes null rather than disappearing, so error paths ("rules.2.opensAt") keep
 * pointing at the row on screen.
 */
function blankToNull(row: unknown): unknown {
  if (!row || typeof row !== "object") return row;
  const fields = row as Record<string, unknown>;
  if (fields.remove === "on" || fields.remove === true) return null;
  return isBlank(fields.opensAt) && isBlank(fields.closesAt) && isBlank(fields.description) ? null : row;
}

export const hoursRuleSchema = z
  .object({
    byDay: z.enum(WEEKDAY_VALUES, "choice"),
    repeat: z.preprocess((value) => (isBlank(value) ? "WEEKLY" : value), z.enum(REPEATS, "choice")),
    opensAt: time,
    closesAt: time,
    description: optionalText(200),
    // "Yes, these times are right" (confirmValue), for a span past midnight or longer than 12 hours. Not stored.
    confirmLong: z.string().trim().max(20).optional(),
    // Not editable here, but kept: a rule imported with a season ("tot en met 30 juni")
    // must not silently become a rule for ever when someone saves the form.
    validFrom: z.preprocess((value) => (isBlank(value) ? null : value), date.nullable()),
    validTo: z.preprocess((value) => (isBlank(value) ? null : value), date.nullable()),
  })
  .superRefine((rule, context) => {
    // An earlier closing time means "past midnight" and is fine; the same time is a mistake.
    if (rule.opensAt === rule.closesAt) {
      context.addIssue({ code: "custom", path: ["closesAt"], message: "sameTimes" });
      return;
    }
    const check = spanToConfirm(rule.opensAt, rule.closesAt);
    if (check && rule.confirmLong !== confirmValue(rule.opensAt, rule.closesAt)) {
      context.addIssue({ code: "custom", path: ["confirmLong"], message: check.overnight ? "confirmOvernight" : "confirmLong", params: { hours: check.hours, minutes: check.minutes } });
    }
  })
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the confirmation has done its work
  .transform(({ repeat, confirmLong, ...rule }) => ({
    ...rule,
    freq: repeat === "WEEKLY" ? ("WEEKLY" as const) : ("MONTHLY" as const),
    weekOfMonth: repeat === "WEEKLY" ? null : Number(repeat),
  }));

export type HoursRuleInput = z.output<typeof hoursRuleSchema>;

export const hoursSchema = z.object({
  serviceId: id,
  serviceAtLocationId: id,
  version,
  rules: z
    .preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value.map(blankToNull) : value), z.array(hoursRuleSchema.nullable()).max(MAX_RULES, "tooLong"))
    .transform((rows) => rows.filter((row) => row !== null)),
});

export type HoursInput = z.output<typeof hoursSchema>;

/** The form value of a stored rule's freq and weekOfMonth. */
export function repeatOf(rule: { freq: "WEEKLY" | "MONTHLY"; weekOfMonth: number | null }): Repeat {
  if (rule.freq === "WEEKLY") return "WEEKLY";
  const value = String(rule.weekOfMonth) as Repeat;
  return REPEATS.includes(value) ? value : "1";
}
