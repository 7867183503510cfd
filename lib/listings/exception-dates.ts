// "Today" for exceptions is the Amsterdam calendar date, whatever time zone the server runs
// in: at 00:30 in Utrecht it is already the next day, while UTC is still on the previous one.
import { amsterdamDate } from "../hours/amsterdam-time";
import { dateKey } from "../hours/civil-date";

/** The Amsterdam date of `now` as a @db.Date value (UTC midnight of that calendar date). */
export function amsterdamToday(now: Date = new Date()): Date {
  const { year, month, day } = amsterdamDate(now);
  return new Date(Date.UTC(year, month - 1, day));
}

/** "YYYY-MM-DD" of the Amsterdam date of `now`. */
export function amsterdamTodayKey(now: Date = new Date()): string {
  return dateKey(amsterdamDate(now));
}

/** A "YYYY-MM-DD" form value as a @db.Date value. */
export function dbDate(key: string): Date {
  return new Date(`${key}T00:00:00.000Z`);
}
