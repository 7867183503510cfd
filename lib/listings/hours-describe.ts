// Rules as sentences ("eerste zaterdag van de maand 10:00–12:30"), for the preview under the
// form and the conflict panel. Uses the opening-hours engine, so the editor says exactly what
// the public pages will show.
import { describeRule } from "../hours/describe-rule";
import { parseClock } from "../hours/clock";
import type { HoursLocale, ScheduleRule, Weekday } from "../hours/types";

export type DescribableRule = {
  freq: "WEEKLY" | "MONTHLY";
  byDay: Weekday;
  weekOfMonth: number | null;
  opensAt: string;
  closesAt: string;
  validFrom?: Date | string | null;
  validTo?: Date | string | null;
};

const asDate = (value: Date | string | null | undefined) => (value ? new Date(typeof value === "string" ? `${value.slice(0, 10)}T00:00:00.000Z` : value) : null);

export function describeHoursRule(rule: DescribableRule, locale: HoursLocale): string {
  const engineRule: ScheduleRule = { ...rule, validFrom: asDate(rule.validFrom), validTo: asDate(rule.validTo) };
  return describeRule(engineRule, locale);
}

/** Whether a rule's span runs past midnight (closing at or before opening): the form says so. */
export function runsPastMidnight(opensAt: string, closesAt: string): boolean {
  const opens = parseClock(opensAt);
  const closes = parseClock(closesAt);
  return opens !== null && closes !== null && closes < opens;
}
