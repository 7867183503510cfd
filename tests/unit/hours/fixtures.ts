// Small builders so each test states only what matters to it.
import type { HoursException, ScheduleRule, Weekday } from "@/lib/hours";

/** A @db.Date value: UTC midnight of the calendar date. */
export const day = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

export function weekly(byDay: Weekday, opensAt: string, closesAt: string, extra: Partial<ScheduleRule> = {}): ScheduleRule {
  return { freq: "WEEKLY", byDay, weekOfMonth: null, opensAt, closesAt, validFrom: null, validTo: null, ...extra };
}

export function monthly(byDay: Weekday, weekOfMonth: number, opensAt: string, closesAt: string, extra: Partial<ScheduleRule> = {}): ScheduleRule {
  return { freq: "MONTHLY", byDay, weekOfMonth, opensAt, closesAt, validFrom: null, validTo: null, ...extra };
}

export function closedOn(startDate: string, endDate: string, reason: string | null = null): HoursException {
  return { startDate: day(startDate), endDate: day(endDate), kind: "CLOSED", opensAt: null, closesAt: null, reason };
}

export function specialHours(startDate: string, endDate: string, opensAt: string, closesAt: string): HoursException {
  return { startDate: day(startDate), endDate: day(endDate), kind: "SPECIAL_HOURS", opensAt, closesAt, reason: null };
}

/** Weekdays 09:00–17:00: a typical office. */
export const office: ScheduleRule[] = (["MO", "TU", "WE", "TH", "FR"] as const).map((d) => weekly(d, "09:00", "17:00"));

/** Intervals as ISO strings, so a failing test shows the exact instants. */
export const iso = (intervals: { start: Date; end: Date }[]) => intervals.map((i) => [i.start.toISOString(), i.end.toISOString()]);

export const hoursOf = (interval: { start: Date; end: Date }) => (interval.end.getTime() - interval.start.getTime()) / 3_600_000;
