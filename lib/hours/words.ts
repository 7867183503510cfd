// Day, month and ordinal words. Written out (phrases/) instead of taken from Intl so the texts
// are the same in every browser and Node build, and stay plain (B1) in every language.
import { HOURS_PHRASES, type WeekOfMonth } from "./phrases";
import { WEEKDAYS, type HoursLocale, type Weekday } from "./types";

export const WEEKDAY_NAMES: Readonly<Record<HoursLocale, Record<Weekday, string>>> = Object.fromEntries(
  Object.entries(HOURS_PHRASES).map(([locale, phrases]) => [locale, phrases.weekdays]),
) as Record<HoursLocale, Record<Weekday, string>>;

export function monthName(month: number, locale: HoursLocale): string {
  return HOURS_PHRASES[locale].months[month - 1];
}

function isWeekOfMonth(value: number): value is WeekOfMonth {
  return value === -1 || (value >= 1 && value <= 5 && Number.isInteger(value));
}

/** "eerste", "laatste", …, in the weekday's gender where a language has one; null for a week number the schema does not allow. */
export function weekOrdinal(weekOfMonth: number | null, locale: HoursLocale, day: Weekday = WEEKDAYS[0]): string | null {
  return weekOfMonth === null || !isWeekOfMonth(weekOfMonth) ? null : HOURS_PHRASES[locale].ordinal(weekOfMonth, day);
}
