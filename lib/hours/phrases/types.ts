// Everything the opening-hours texts say, per language. Opening times are what residents need
// most, so they are written out per language like the site's messages — as code, not ICU
// messages, because the grammar differs: Polish and Ukrainian ordinals agree with the weekday's
// gender ("pierwszy wtorek", "pierwsza sobota"), Polish weekdays take a preposition form
// ("we wtorek"), and Arabic puts the ordinal after the day ("الثلاثاء الأول").
import type { Weekday } from "../types";

/** 1–5: that week of the month; -1: the last. */
export type WeekOfMonth = 1 | 2 | 3 | 4 | 5 | -1;

export type HoursPhrases = {
  /** Lower case where the language writes them so: "dinsdag", "Tuesday". */
  weekdays: Record<Weekday, string>;
  /** "op dinsdag" as a time to go: "opent dinsdag 09:00"; Polish "we wtorek". */
  onWeekday: Record<Weekday, string>;
  /** In the form that follows a day number: Polish and Ukrainian genitive ("5 stycznia"). */
  months: readonly string[];
  ordinal: (week: WeekOfMonth, day: Weekday) => string;
  today: string;
  tomorrow: string;
  /** A date beyond the coming week: "op 5 januari". */
  onDate: (dayMonth: string) => string;
  closesAt: (time: string) => string;
  /** An evening opening that ends after midnight. */
  closesTonightAt: (time: string) => string;
  closesOn: (day: string, time: string) => string;
  opensOn: (day: string, time: string) => string;
  unknown: string;
  openNow: string;
  closed: string;
  notOpenSoon: string;
  /** " (van 1 maart 2026 tot en met 30 juni 2026)": starts with a space. */
  validFromTo: (from: string, to: string) => string;
  validFrom: (from: string) => string;
  validTo: (to: string) => string;
  /** "09:00–12:00". */
  timeRange: (opens: string, closes: string) => string;
  onceAMonth: string;
  /** "eerste dinsdag van de maand". */
  weekdayOfMonth: (ordinal: string, day: string) => string;
  /** After a time on a weekday's row: "(eerste van de maand)". */
  weekOfMonth: (ordinal: string, day: string) => string;
  /** Dutch public holidays, by their English name in date-holidays; missing ones show in English. */
  holidays: Readonly<Record<string, string>>;
};
