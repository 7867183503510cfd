// Calendar helpers of the search ("today", "yesterday" in Amsterdam) and the open state as the
// API shows it. Whether items are open is looked up in the materialised openings (openings.ts).
import { amsterdamMoment, dateKey, WEEKDAYS } from "../hours";
import type { CivilDate, OpenState, Weekday } from "../hours";

/** Calendar arithmetic through Date.UTC: subtracting 24 hours from an instant is wrong on DST days. */
export function shiftDate(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function previousWeekday(weekday: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 6) % 7];
}

/** The weekdays and dates "open now" depends on: today, and yesterday for spans past midnight. */
export function openNowDays(now: Date): { date: CivilDate; key: string; weekday: Weekday }[] {
  const moment = amsterdamMoment(now);
  const yesterday = shiftDate(moment.date, -1);
  return [
    { date: yesterday, key: dateKey(yesterday), weekday: previousWeekday(moment.weekday) },
    { date: moment.date, key: dateKey(moment.date), weekday: moment.weekday },
  ];
}

/** "YYYY-MM-DD" of a @db.Date value (UTC midnight of the date). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export type OpenInfo = {
  status: "open" | "closed" | "unknown";
  closesAt: string | null;
  nextOpening: { start: string; end: string } | null;
  reason: string | null;
};

/** The engine's OpenState as the API shows it: ISO instants, nulls instead of absent fields. */
export function openInfo(state: OpenState): OpenInfo {
  switch (state.status) {
    case "open":
      return { status: "open", closesAt: state.closesAt.toISOString(), nextOpening: null, reason: null };
    case "closed":
      return {
        status: "closed",
        closesAt: null,
        nextOpening: state.nextOpening && { start: state.nextOpening.start.toISOString(), end: state.nextOpening.end.toISOString() },
        reason: state.reason ?? null,
      };
    default:
      return { status: "unknown", closesAt: null, nextOpening: null, reason: null };
  }
}
