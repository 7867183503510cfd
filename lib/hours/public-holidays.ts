// Dutch public holidays from date-holidays. Only type "public" counts: that is the set
// on which offices and most social services close (Bevrijdingsdag is "school" in this
// library and Goede Vrijdag too, so they stay normal working days here).
import Holidays from "date-holidays";
import { dateKey } from "./civil-date";
import { HOURS_PHRASES } from "./phrases";
import type { CivilDate, HoursLocale } from "./types";

type HolidayNames = Record<HoursLocale, string>;

// The Holidays instance parses its rule data on construction, and computing a year is
// not free either; openState may ask about 60+ days per call, so both are cached.
let holidays: Holidays | null = null;
const holidaysByYear = new Map<number, Map<string, HolidayNames>>();

function holidaysIn(year: number): Map<string, HolidayNames> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  holidays ??= new Holidays("NL");
  const byDate = new Map<string, HolidayNames>();
  const english = new Map(holidays.getHolidays(year, "en").map((h) => [h.rule, h.name]));
  for (const holiday of holidays.getHolidays(year, "nl")) {
    if (holiday.type !== "public") continue;
    // `date` is "YYYY-MM-DD hh:mm:ss" in the country's own time zone: its first ten
    // characters are the Amsterdam calendar date.
    const inEnglish = english.get(holiday.rule) ?? holiday.name;
    // date-holidays has Dutch and English names; the other languages' are ours (phrases/).
    const names = Object.fromEntries(Object.entries(HOURS_PHRASES).map(([locale, phrases]) => [locale, phrases.holidays[inEnglish] ?? inEnglish]));
    byDate.set(holiday.date.slice(0, 10), { ...names, nl: holiday.name, en: inEnglish } as HolidayNames);
  }
  holidaysByYear.set(year, byDate);
  return byDate;
}

/** The name of the Dutch public holiday on `date`, or null on an ordinary day. */
export function publicHolidayOn(date: CivilDate, language: HoursLocale = "nl"): string | null {
  return holidaysIn(date.year).get(dateKey(date))?.[language] ?? null;
}
