// "Open now?" and "open when next?" for thousands of items per search, on top of lib/hours,
// plus the open state as the API shows it.
import { amsterdamMoment, dateKey, NEXT_OPENING_SEARCH_DAYS, openingsOn, WEEKDAYS } from "../hours";
import type { CivilDate, HoursException, Interval, OpenState, ScheduleRule, Weekday } from "../hours";
import { HoursTexts } from "./hours-rows";

/** Calendar arithmetic through Date.UTC: subtracting 24 hours from an instant is wrong on DST days. */
export function shiftDate(date: CivilDate, days: number): CivilDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function previousWeekday(weekday: Weekday): Weekday {
  return WEEKDAYS[(WEEKDAYS.indexOf(weekday) + 6) % 7];
}

/** The weekdays and dates "open now" depends on: today, and yesterday for spans past midnight. */
export function openNowDays(now: Date): { date: CivilDate; key: string; weekday: Weekday }[] {
  const moment = amsterdamMoment(now);
  const yesterday = shiftDate(moment.date, -1);
  return [
    { date: yesterday, key: dateKey(yesterday), weekday: previousWeekday(moment.weekday) },
    { date: moment.date, key: dateKey(moment.date), weekday: moment.weekday },
  ];
}

/**
 * "Open now?" for many items at one instant, with the same answer as
 * `openState(now, rules, exceptions).status === "open"` (same engine, same defaults) but
 * without its next-opening search, and computed once per distinct pair of rule and exception
 * texts: most services share a handful of hour patterns, and the time-zone conversions behind
 * an opening are the expensive part.
 */
export class OpenNowChecker {
  private readonly t: number;
  private readonly days: ReturnType<typeof openNowDays>;
  private readonly answers = new Map<string, boolean>();
  private readonly hours: HoursTexts;

  constructor(now: Date, hours: HoursTexts = new HoursTexts()) {
    this.t = now.getTime();
    this.days = openNowDays(now);
    this.hours = hours;
  }

  /**
   * `rules` (json RuleTuple[]) must include every rule on today's and yesterday's weekday and
   * `exceptions` (json ExceptionTuple[]) every exception covering those dates; more is fine.
   * `hasHours` tells whether the item has any rule at all, since the engine calls an item
   * without regular hours "unknown", never open.
   */
  isOpen(hasHours: boolean, rules: string | null, exceptions: string | null): boolean {
    if (!hasHours) return false;
    const key = `${rules}\u0000${exceptions}`;
    let open = this.answers.get(key);
    if (open === undefined) {
      open = this.compute(this.hours.rulesOf(rules), this.hours.exceptionsOf(exceptions));
      this.answers.set(key, open);
    }
    return open;
  }

  private compute(rules: readonly ScheduleRule[], exceptions: readonly HoursException[]): boolean {
    return this.days.some((day) => openingsOfDay(day, rules, exceptions)?.some((i) => i.start.getTime() <= this.t && this.t < i.end.getTime()) ?? false);
  }
}

/**
 * The openings of one date for the rules and exceptions that apply to it: a fact that never
 * changes, and the expensive part (time-zone conversions). Shared by all searches in this
 * process; a city has a few hundred distinct day patterns, the bound only guards memory.
 */
const openingsCache = new Map<string, Interval[]>();
const OPENINGS_CACHE_LIMIT = 20_000;

function openingsOnCached(day: { date: CivilDate; key: string }, rules: ScheduleRule[], exceptions: HoursException[]): Interval[] {
  const key = JSON.stringify([day.key, rules, exceptions]);
  let intervals = openingsCache.get(key);
  if (!intervals) {
    if (openingsCache.size >= OPENINGS_CACHE_LIMIT) openingsCache.clear();
    intervals = openingsOn(day.date, rules, exceptions);
    openingsCache.set(key, intervals);
  }
  return intervals;
}

/**
 * The openings of one date, through the cache: only rules on its weekday and exceptions
 * covering it can shape them, so only those make up the key. Null when nothing can open it.
 */
function openingsOfDay(day: { date: CivilDate; key: string; weekday: Weekday }, rules: readonly ScheduleRule[], exceptions: readonly HoursException[]): Interval[] | null {
  const dayRules = rules.filter((r) => r.byDay === day.weekday);
  const dayExceptions = exceptions.filter((e) => isoDay(e.startDate) <= day.key && day.key <= isoDay(e.endDate));
  if (dayRules.length === 0 && !dayExceptions.some((e) => e.kind === "SPECIAL_HOURS")) return null;
  return openingsOnCached(day, dayRules, dayExceptions);
}

/**
 * Start of the next opening after `now`, as `openState(now, rules, exceptions).nextOpening`
 * finds it for a closed item (same search window), but through the per-day cache: sort=open
 * needs it for every item of the result.
 */
export function nextOpeningStart(now: Date, rules: readonly ScheduleRule[], exceptions: readonly HoursException[]): number | null {
  const t = now.getTime();
  const today = amsterdamMoment(now);
  const first = WEEKDAYS.indexOf(today.weekday);
  for (let offset = 0; offset <= NEXT_OPENING_SEARCH_DAYS; offset++) {
    const date = shiftDate(today.date, offset);
    const day = { date, key: dateKey(date), weekday: WEEKDAYS[(first + offset) % 7] };
    const next = openingsOfDay(day, rules, exceptions)?.find((i) => i.start.getTime() > t);
    if (next) return next.start.getTime();
  }
  return null;
}

/** "YYYY-MM-DD" of a @db.Date value (UTC midnight of the date). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export type OpenInfo = {
  status: "open" | "closed" | "unknown";
  closesAt: string | null;
  nextOpening: { start: string; end: string } | null;
  reason: string | null;
};

/** The engine's OpenState as the API shows it: ISO instants, nulls instead of absent fields. */
export function openInfo(state: OpenState): OpenInfo {
  switch (state.status) {
    case "open":
      return { status: "open", closesAt: state.closesAt.toISOString(), nextOpening: null, reason: null };
    case "closed":
      return {
        status: "closed",
        closesAt: null,
        nextOpening: state.nextOpening && { start: state.nextOpening.start.toISOString(), end: state.nextOpening.end.toISOString() },
        reason: state.reason ?? null,
      };
    default:
      return { status: "unknown", closesAt: null, nextOpening: null, reason: null };
  }
}
