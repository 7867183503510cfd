// Calendar-date arithmetic on plain {year, month, day} values. Doing this through
// Date.UTC keeps it free of the server's own time zone, which is often UTC in production
// but Europe/Amsterdam on a developer's laptop.
import type { CivilDate, Weekday } from "./types";

const DAY_MS = 86_400_000;
// Date#getUTCDay() counts from Sunday.
const BY_JS_DAY: readonly Weekday[] = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];

function utcMs(date: CivilDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function fromUtcMs(ms: number): CivilDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "YYYY-MM-DD": sortable, so date ranges can be compared as strings. */
export function dateKey(date: CivilDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(date.year).padStart(4, "0")}-${pad(date.month)}-${pad(date.day)}`;
}

/** Accepts "YYYY-MM-DD" (what URLs and forms carry) or an already parsed date. */
export function toCivilDate(date: CivilDate | string): CivilDate {
  if (typeof date !== "string") return date;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const parsed = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Reject 2026-02-30 and the like instead of silently rolling into March.
  if (dateKey(fromUtcMs(utcMs(parsed))) !== date) throw new RangeError(`No such calendar date: ${date}`);
  return parsed;
}

/**
 * A @db.Date value arrives as UTC midnight of the stored calendar date; its UTC fields are
 * the date. Reading it in Amsterdam time would be wrong (it is 01:00 or 02:00 there).
 */
export function fromDbDate(date: Date): CivilDate {
  return fromUtcMs(date.getTime());
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromUtcMs(utcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

export function weekdayOf(date: CivilDate): Weekday {
  return BY_JS_DAY[new Date(utcMs(date)).getUTCDay()];
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
