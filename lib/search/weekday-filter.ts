// "Open on Tuesday (at 14:00)?": the open=mo…su filter, on the regular rules.
import { dateKey, isOpenAt } from "../hours";
import type { CivilDate, ScheduleRule, Weekday } from "../hours";
import { isoDay, shiftDate } from "./open-now";

/**
 * Rules that apply at some point in the 7 days from `today`: "open on Tuesday" means a coming
 * Tuesday, so a rule that has ended or only starts next month does not count.
 */
export function rulesOfTheComingWeek(rules: readonly ScheduleRule[], today: CivilDate): ScheduleRule[] {
  const first = dateKey(today);
  const last = dateKey(shiftDate(today, 6));
  return rules.filter((r) => (r.validTo === null || isoDay(r.validTo) >= first) && (r.validFrom === null || isoDay(r.validFrom) <= last));
}

/**
 * The weekday filter (`open=tu`, optionally `at=14:00`): weekly rules, and monthly rules as
 * "sometimes open on that weekday" (isOpenAt). Exceptions are ignored: the filter is about the
 * regular pattern, and "open now" covers today's closures.
 */
export function isOpenOnWeekday(weekday: Weekday, minuteOfDay: number | null, rules: readonly ScheduleRule[], today: CivilDate): boolean {
  return isOpenAt(weekday, minuteOfDay, rulesOfTheComingWeek(rules, today));
}
