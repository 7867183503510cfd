// "Open on Tuesday (at 14:00)?" for the search filters. Works on the regular rules only:
// for a concrete day with exceptions and holidays, use openingsOn or openState.
import { addDays, toCivilDate, weekdayOf } from "./civil-date";
import { spanMinutes } from "./clock";
import { ruleAppliesOn } from "./rule-matching";
import { WEEKDAYS, type CivilDate, type ScheduleRule, type Weekday } from "./types";

function previousWeekday(weekday: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 6) % 7];
}

/** "weekly": some weekly rule matches; "monthly": only monthly rules (open on some of these weekdays); null: no match. */
export type OpeningPattern = "weekly" | "monthly" | null;

/**
 * Which kind of rule makes the service open on `weekday`, optionally at `minuteOfDay`
 * (0..1439, Amsterdam wall clock).
 * - With a time, a span past midnight also counts for the early minutes of the next day
 *   (Friday 19:00–01:00 matches Saturday 00:30). Without a time only rules starting on
 *   that weekday count: a few minutes after midnight is not "open on Saturday" to a visitor.
 * - Without `onDate`, validFrom/validTo are not checked (the query decides which rules
 *   are current) and a monthly rule matches every such weekday: "sometimes open".
 * - With `onDate` (which must fall on `weekday`), validity and the week of the month are
 *   checked for that date (and for the day before, for spans past midnight).
 */
export function openingPatternAt(
  weekday: Weekday,
  minuteOfDay: number | null,
  rules: readonly ScheduleRule[],
  onDate?: CivilDate | string,
): OpeningPattern {
  const date = onDate === undefined ? null : toCivilDate(onDate);
  if (date && weekdayOf(date) !== weekday) throw new RangeError(`onDate ${JSON.stringify(onDate)} is not a ${weekday}`);
  const yesterday = previousWeekday(weekday);

  let match: OpeningPattern = null;
  for (const rule of rules) {
    const span = spanMinutes(rule.opensAt, rule.closesAt);
    if (!span) continue;
    const applies = (startDate: CivilDate | null) => (startDate ? ruleAppliesOn(rule, startDate) : true);

    let hit = false;
    if (rule.byDay === weekday && applies(date)) {
      hit = minuteOfDay === null || (span.opens <= minuteOfDay && minuteOfDay < span.closes);
    }
    if (!hit && minuteOfDay !== null && rule.byDay === yesterday && applies(date && addDays(date, -1))) {
      hit = minuteOfDay + 1440 < span.closes;
    }
    if (!hit) continue;
    if (rule.freq === "WEEKLY") return "weekly";
    match = "monthly";
  }
  return match;
}

/** Boolean form of openingPatternAt for filters: monthly rules count as open on that weekday. */
export function isOpenAt(
  weekday: Weekday,
  minuteOfDay: number | null,
  rules: readonly ScheduleRule[],
  onDate?: CivilDate | string,
): boolean {
  return openingPatternAt(weekday, minuteOfDay, rules, onDate) !== null;
}
