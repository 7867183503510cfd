// The concrete open intervals of one Amsterdam calendar date.
import { amsterdamInstant } from "./amsterdam-time";
import { dateKey, fromDbDate, toCivilDate } from "./civil-date";
import { spanMinutes } from "./clock";
import { publicHolidayOn } from "./public-holidays";
import { ruleAppliesOn } from "./rule-matching";
import type { CivilDate, HoursException, Interval, OpeningOptions, ScheduleRule } from "./types";

/** Why a day has no regular hours, so "Gesloten: Kerstmis" can say so. */
export type DayClosure = { reason: string | null };

export type DayPlan = { intervals: Interval[]; closure: DayClosure | null };

function covers(exception: HoursException, key: string): boolean {
  return dateKey(fromDbDate(exception.startDate)) <= key && key <= dateKey(fromDbDate(exception.endDate));
}

function toInterval(date: CivilDate, span: { opens: number; closes: number }): Interval {
  // Both ends go through the time-zone conversion separately (minutes past 1439 roll
  // into the next day), so a span over a DST change gets its true real-time length.
  return { start: amsterdamInstant(date, span.opens), end: amsterdamInstant(date, span.closes) };
}

/** Sorted, with overlapping or touching spans joined: 09:00–12:00 + 12:00–17:00 is one opening. */
function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start.getTime() <= last.end.getTime()) {
      if (interval.end.getTime() > last.end.getTime()) last.end = interval.end;
    } else {
      merged.push({ start: interval.start, end: interval.end });
    }
  }
  return merged;
}

/**
 * The day's openings plus the reason when an exception or holiday closes it. Precedence,
 * most specific first:
 * 1. A CLOSED exception covering the day: closed (it wins over SPECIAL_HOURS on the same
 *    day, because wrongly sending someone to a closed door costs more than the reverse).
 * 2. SPECIAL_HOURS exceptions covering the day: exactly their hours, holiday or not
 *    (one with unreadable or missing times is ignored as incomplete data).
 * 3. A public holiday, unless `closedOnPublicHolidays` is false: closed.
 * 4. The regular rules.
 * A span belongs to the day it starts on, so Friday 19:00–01:00 is Friday's, even when an
 * exception closes the Saturday.
 */
export function planDay(
  date: CivilDate,
  rules: readonly ScheduleRule[],
  exceptions: readonly HoursException[],
  options: OpeningOptions = {},
): DayPlan {
  const key = dateKey(date);
  const covering = exceptions.filter((exception) => covers(exception, key));

  const closed = covering.find((exception) => exception.kind === "CLOSED");
  if (closed) return { intervals: [], closure: { reason: closed.reason } };

  const special = covering
    .filter((exception) => exception.kind === "SPECIAL_HOURS")
    .map((exception) => spanMinutes(exception.opensAt, exception.closesAt))
    .filter((span) => span !== null);
  if (special.length > 0) return { intervals: merge(special.map((span) => toInterval(date, span))), closure: null };

  if (options.closedOnPublicHolidays ?? true) {
    const holiday = publicHolidayOn(date, options.language ?? "nl");
    if (holiday) return { intervals: [], closure: { reason: holiday } };
  }

  const spans = rules
    .filter((rule) => ruleAppliesOn(rule, date))
    .map((rule) => spanMinutes(rule.opensAt, rule.closesAt))
    .filter((span) => span !== null);
  return { intervals: merge(spans.map((span) => toInterval(date, span))), closure: null };
}

/**
 * The open intervals that start on an Amsterdam calendar date ("YYYY-MM-DD" or a
 * CivilDate), sorted and merged. A span past midnight is returned whole, ending the next day.
 */
export function openingsOn(
  date: CivilDate | string,
  rules: readonly ScheduleRule[],
  exceptions: readonly HoursException[] = [],
  options: OpeningOptions = {},
): Interval[] {
  return planDay(toCivilDate(date), rules, exceptions, options).intervals;
}
