// Which schedule rules apply on which calendar date.
import { dateKey, daysInMonth, fromDbDate, weekdayOf } from "./civil-date";
import type { CivilDate, ScheduleRule } from "./types";

/** validFrom/validTo are inclusive calendar dates; a missing bound is open-ended. */
export function ruleIsValidOn(rule: Pick<ScheduleRule, "validFrom" | "validTo">, date: CivilDate): boolean {
  const key = dateKey(date);
  if (rule.validFrom && key < dateKey(fromDbDate(rule.validFrom))) return false;
  if (rule.validTo && key > dateKey(fromDbDate(rule.validTo))) return false;
  return true;
}

/**
 * Whether `date` is the nth weekday of its month (n = 1..5), or the last one for n = -1.
 * Any other n (including null on a MONTHLY rule) never matches: a monthly rule without
 * a week is incomplete data, and showing it every week would overstate the hours.
 */
export function isNthWeekdayOfMonth(date: CivilDate, n: number | null): boolean {
  if (n === -1) return date.day + 7 > daysInMonth(date.year, date.month);
  if (n === null || !Number.isInteger(n) || n < 1) return false;
  return Math.ceil(date.day / 7) === n;
}

/** Whether a rule's span starts on `date` (weekday, monthly week and validity). */
export function ruleAppliesOn(rule: ScheduleRule, date: CivilDate): boolean {
  if (weekdayOf(date) !== rule.byDay || !ruleIsValidOn(rule, date)) return false;
  return rule.freq === "WEEKLY" || isNthWeekdayOfMonth(date, rule.weekOfMonth);
}
