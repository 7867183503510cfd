// Regular hours as text: one rule ("dinsdag 09:00–12:00") or a whole week for a detail page.
import { amsterdamDate, formatMinutes } from "./amsterdam-time";
import { dateKey, fromDbDate } from "./civil-date";
import { parseClock } from "./clock";
import { WEEKDAYS, type HoursLocale, type ScheduleRule, type Weekday } from "./types";
import { HOURS_PHRASES } from "./phrases";
import { WEEKDAY_NAMES, monthName, weekOrdinal } from "./words";

/** "09:00" stays "09:00", "9:00" becomes "09:00"; an unreadable value is shown as stored rather than hidden. */
function clockText(value: string): string {
  const minutes = parseClock(value);
  return minutes === null ? value : formatMinutes(minutes);
}

function timeRange(rule: Pick<ScheduleRule, "opensAt" | "closesAt">, locale: HoursLocale): string {
  return HOURS_PHRASES[locale].timeRange(clockText(rule.opensAt), clockText(rule.closesAt));
}

function dbDateText(date: Date, locale: HoursLocale): string {
  const { year, month, day } = fromDbDate(date);
  return `${day} ${monthName(month, locale)} ${year}`;
}

/** " (vanaf 1 maart 2026)" and the like; empty for a rule without limits. */
function validityText(rule: Pick<ScheduleRule, "validFrom" | "validTo">, locale: HoursLocale): string {
  const from = rule.validFrom ? dbDateText(rule.validFrom, locale) : null;
  const to = rule.validTo ? dbDateText(rule.validTo, locale) : null;
  const phrases = HOURS_PHRASES[locale];
  if (from && to) return phrases.validFromTo(from, to);
  if (from) return phrases.validFrom(from);
  if (to) return phrases.validTo(to);
  return "";
}

/** "eerste van de maand" / "first of the month" for a monthly rule, null for a weekly one. */
function monthlyText(rule: ScheduleRule, locale: HoursLocale): string | null {
  if (rule.freq !== "MONTHLY") return null;
  const phrases = HOURS_PHRASES[locale];
  const ordinal = weekOrdinal(rule.weekOfMonth, locale, rule.byDay);
  if (!ordinal) return phrases.onceAMonth;
  return phrases.weekOfMonth(ordinal, WEEKDAY_NAMES[locale][rule.byDay]);
}

/**
 * "dinsdag 09:00–12:00", "eerste zaterdag van de maand 10:00–13:00",
 * "laatste vrijdag van de maand 14:00–16:00 (tot en met 30 juni 2026)";
 * English: "Tuesday 09:00–12:00", "first Saturday of the month 10:00–13:00".
 */
export function describeRule(rule: ScheduleRule, locale: HoursLocale): string {
  const day = WEEKDAY_NAMES[locale][rule.byDay];
  let dayPart = day;
  if (rule.freq === "MONTHLY") {
    const ordinal = weekOrdinal(rule.weekOfMonth, locale, rule.byDay);
    if (ordinal) dayPart = HOURS_PHRASES[locale].weekdayOfMonth(ordinal, day);
    else dayPart = `${day}, ${monthlyText(rule, locale)}`;
  }
  return `${dayPart} ${timeRange(rule, locale)}${validityText(rule, locale)}`;
}

export type WeekScheduleSlot = {
  opensAt: string;
  closesAt: string;
  /** "09:00–12:00", or "10:00–13:00 (eerste van de maand)" for a monthly rule. */
  text: string;
  description: string | null;
};

export type WeekScheduleDay = {
  weekday: Weekday;
  /** "maandag" / "Monday". */
  name: string;
  /** Empty when the service is never open on this weekday. */
  slots: WeekScheduleSlot[];
};

/**
 * All seven days, Monday first, each with its rules sorted by opening time (weekly before
 * monthly at the same time). With `now`, rules whose validTo has passed are left out, so a
 * detail page does not show last season's hours; rules starting later stay, marked "vanaf …".
 */
export function weekSchedule(rules: readonly ScheduleRule[], locale: HoursLocale, options: { now?: Date } = {}): WeekScheduleDay[] {
  const today = options.now ? dateKey(amsterdamDate(options.now)) : null;
  const current = rules.filter((rule) => !(today && rule.validTo && dateKey(fromDbDate(rule.validTo)) < today));
  return WEEKDAYS.map((weekday) => {
    const slots = current
      .filter((rule) => rule.byDay === weekday)
      .sort(
        (a, b) =>
          (parseClock(a.opensAt) ?? 0) - (parseClock(b.opensAt) ?? 0) ||
          Number(a.freq === "MONTHLY") - Number(b.freq === "MONTHLY"),
      )
      .map((rule) => {
        const monthly = monthlyText(rule, locale);
        return {
          opensAt: clockText(rule.opensAt),
          closesAt: clockText(rule.closesAt),
          text: `${timeRange(rule, locale)}${monthly ? ` (${monthly})` : ""}${validityText(rule, locale)}`,
          description: rule.description ?? null,
        };
      });
    return { weekday, name: WEEKDAY_NAMES[locale][weekday], slots };
  });
}
