// Turns the stored hours of one service at one location into what the detail page shows:
// the regular week, whether it is open now, and what is different in the coming weeks.
// Pure (no database, `now` passed in), so the page and the tests see the same result.
import {
  describeOpenState,
  openState,
  openingsOn,
  publicHolidayOn,
  weekSchedule,
  type HoursException,
  type HoursLocale,
  type OpenState,
  type ScheduleRule,
  type WeekScheduleSlot,
} from "../hours";
import { addDays, dateKey, fromDbDate } from "../hours/civil-date";
import { amsterdamDate } from "../hours/amsterdam-time";

/** How far ahead exceptions and holiday closures are announced. */
export const LOOKAHEAD_DAYS = 60;

/** One line of the week: a single day or a run of days with exactly the same hours. */
export type WeekLine = { firstDay: string; lastDay: string | null; slots: WeekScheduleSlot[] };

export type UpcomingException = HoursException & { ongoing: boolean };

export type HolidayClosure = { date: Date; name: string };

export type HoursView = {
  lines: WeekLine[];
  /** A note that applies to every slot ("Op afspraak."), shown once instead of on each day. */
  sharedNote: string | null;
  openState: OpenState["status"];
  openText: string;
  exceptions: UpcomingException[];
  holidayClosures: HolidayClosure[];
};

const slotKey = (slots: WeekScheduleSlot[]) => slots.map((slot) => `${slot.text}|${slot.description ?? ""}`).join(";");

/**
 * "maandag tot en met vrijdag 08:30–17:00" reads better on a phone than five equal rows, so
 * consecutive days (Monday first) with identical hours become one line. Closed days are left
 * out: the list shows when you can go, not when you cannot.
 */
export function compactWeek(rules: readonly ScheduleRule[], locale: HoursLocale, now: Date): WeekLine[] {
  const lines: (WeekLine & { key: string })[] = [];
  let previousOpen = false;
  for (const day of weekSchedule(rules, locale, { now })) {
    if (day.slots.length === 0) {
      previousOpen = false;
      continue;
    }
    const key = slotKey(day.slots);
    const last = lines.at(-1);
    if (previousOpen && last && last.key === key) last.lastDay = day.name;
    else lines.push({ firstDay: day.name, lastDay: null, slots: day.slots, key });
    previousOpen = true;
  }
  return lines.map(({ firstDay, lastDay, slots }) => ({ firstDay, lastDay, slots }));
}

function sharedNoteOf(lines: WeekLine[]): string | null {
  const notes = new Set(lines.flatMap((line) => line.slots.map((slot) => slot.description ?? "")));
  const [only] = notes;
  return notes.size === 1 && only ? only : null;
}

/**
 * Public holidays in the coming weeks on which the service would normally be open but is
 * closed because of the holiday. Days an exception already covers are left to that exception.
 */
export function holidayClosures(
  rules: readonly ScheduleRule[],
  exceptions: readonly HoursException[],
  now: Date,
  locale: HoursLocale,
  days = LOOKAHEAD_DAYS,
): HolidayClosure[] {
  const today = amsterdamDate(now);
  const closures: HolidayClosure[] = [];
  for (let offset = 0; offset <= days; offset++) {
    const date = addDays(today, offset);
    const name = publicHolidayOn(date, locale);
    if (!name) continue;
    const wouldOpen = openingsOn(date, rules, exceptions, { closedOnPublicHolidays: false }).length > 0;
    const opens = openingsOn(date, rules, exceptions).length > 0;
    if (wouldOpen && !opens) closures.push({ date: new Date(Date.UTC(date.year, date.month - 1, date.day)), name });
  }
  return closures;
}

/** Exceptions still running or starting within the look-ahead window, soonest first. */
export function upcomingExceptions(exceptions: readonly HoursException[], now: Date, days = LOOKAHEAD_DAYS): UpcomingException[] {
  const today = amsterdamDate(now);
  const todayKey = dateKey(today);
  const horizonKey = dateKey(addDays(today, days));
  return exceptions
    .filter((e) => dateKey(fromDbDate(e.endDate)) >= todayKey && dateKey(fromDbDate(e.startDate)) <= horizonKey)
    .sort((a, b) => a.startDate.getTime() - b.startDate.getTime())
    .map((e) => ({ ...e, ongoing: dateKey(fromDbDate(e.startDate)) <= todayKey }));
}

export function hoursView(
  rules: readonly ScheduleRule[],
  exceptions: readonly HoursException[],
  now: Date,
  locale: HoursLocale,
): HoursView {
  const lines = compactWeek(rules, locale, now);
  const state = openState(now, rules, exceptions, { language: locale });
  return {
    lines,
    sharedNote: sharedNoteOf(lines),
    openState: state.status,
    openText: describeOpenState(state, now, locale),
    exceptions: upcomingExceptions(exceptions, now),
    holidayClosures: holidayClosures(rules, exceptions, now, locale),
  };
}
