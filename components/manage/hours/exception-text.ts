// Exception dates and hours as short text for the management list: "woensdag 18 november 2026",
// "24 december 2026 tot en met 1 januari 2027", "Open van 10:00 tot 12:00".
import { fromDbDate, weekdayOf } from "@/lib/hours/civil-date";
import { WEEKDAY_NAMES, monthName } from "@/lib/hours/words";
import type { HoursLocale } from "@/lib/hours/types";

export function dayText(date: Date, locale: HoursLocale, withWeekday = false): string {
  const civil = fromDbDate(date);
  const text = `${civil.day} ${monthName(civil.month, locale)} ${civil.year}`;
  return withWeekday ? `${WEEKDAY_NAMES[locale][weekdayOf(civil)]} ${text}` : text;
}

/** A single day with its weekday; a range as "first tot en met last". */
export function periodText(start: Date, end: Date, locale: HoursLocale, range: (start: string, end: string) => string): string {
  if (start.getTime() === end.getTime()) return dayText(start, locale, true);
  return range(dayText(start, locale), dayText(end, locale));
}
