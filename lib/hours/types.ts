// Shapes the hours engine works on. They mirror the Prisma models Schedule and
// ScheduleException structurally, so rows from the database can be passed in as they are
// (extra columns such as `id` are simply ignored).

export type Weekday = "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";

/** Monday first: the order people in the Netherlands expect on a detail page. */
export const WEEKDAYS: readonly Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

export type ScheduleRule = {
  freq: "WEEKLY" | "MONTHLY";
  byDay: Weekday;
  /** MONTHLY only: 1..4 = first..fourth such weekday of the month, -1 = the last one. */
  weekOfMonth: number | null;
  /** Europe/Amsterdam wall-clock "HH:MM". */
  opensAt: string;
  /** "HH:MM"; a value at or before `opensAt` means the span runs past midnight. */
  closesAt: string;
  /** @db.Date: UTC midnight of the calendar date, inclusive. */
  validFrom: Date | null;
  /** @db.Date: UTC midnight of the calendar date, inclusive. */
  validTo: Date | null;
  description?: string | null;
};

export type HoursException = {
  /** @db.Date: UTC midnight of the calendar date, inclusive. */
  startDate: Date;
  /** @db.Date: UTC midnight of the calendar date, inclusive. */
  endDate: Date;
  kind: "CLOSED" | "SPECIAL_HOURS";
  opensAt: string | null;
  closesAt: string | null;
  reason: string | null;
};

/** A calendar date without a time zone; for this module always an Amsterdam date. */
export type CivilDate = { year: number; month: number /* 1..12 */; day: number };

/** A concrete opening: real instants, so its duration is right across DST changes. */
export type Interval = { start: Date; end: Date };

/** The site's languages (lib/i18n/routing.ts); a type test keeps the two lists equal. */
export type HoursLocale = "nl" | "en" | "ar" | "tr" | "pl" | "uk";

export type OpeningOptions = {
  /** Services in Utrecht are normally closed on Dutch public holidays. Default true. */
  closedOnPublicHolidays?: boolean;
  /** Language of the holiday name returned as `reason`. Default "nl". */
  language?: HoursLocale;
};

export type OpenState =
  | { status: "open"; closesAt: Date; closesToday: boolean }
  | { status: "closed"; nextOpening: Interval | null; reason?: string }
  | { status: "unknown" };
