// Europe/Amsterdam wall-clock conversions with only Intl, so no time-zone library has to
// ship to the browser. The engine reasons in Amsterdam dates and times because that is
// what the schedules mean, whatever time zone the server or the visitor's device is in.
import { weekdayOf } from "./civil-date";
import type { CivilDate, Weekday } from "./types";

export const TIME_ZONE = "Europe/Amsterdam";

// Built once: constructing a DateTimeFormat is far slower than using one.
// hourCycle "h23" avoids the "24:00" some engines print for midnight with hour12: false.
const FORMATTER = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

type WallClock = { date: CivilDate; hour: number; minute: number; second: number };

function wallClock(instant: Date): WallClock {
  const fields: Record<string, number> = {};
  for (const part of FORMATTER.formatToParts(instant)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return {
    date: { year: fields.year, month: fields.month, day: fields.day },
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second,
  };
}

export type AmsterdamMoment = { date: CivilDate; weekday: Weekday; minuteOfDay: number };

/** The Amsterdam calendar date, weekday and minute of the day (0..1439) of an instant. */
export function amsterdamMoment(instant: Date): AmsterdamMoment {
  const { date, hour, minute } = wallClock(instant);
  return { date, weekday: weekdayOf(date), minuteOfDay: hour * 60 + minute };
}

export function amsterdamDate(instant: Date): CivilDate {
  return wallClock(instant).date;
}

/** Minutes Amsterdam is ahead of UTC at an instant: 60 in winter (CET), 120 in summer (CEST). */
export function amsterdamOffsetMinutes(instant: Date): number {
  // Drop milliseconds: the formatter shows whole seconds, so the difference must too.
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  const { date, hour, minute, second } = wallClock(new Date(ms));
  return (Date.UTC(date.year, date.month - 1, date.day, hour, minute, second) - ms) / 60_000;
}

/**
 * The instant at which Amsterdam clocks show `minuteOfDay` on `date`. Minutes past 1439
 * roll into the following days, so "01:00 the next day" can be written as 1500.
 *
 * DST change days:
 * - Spring forward (last Sunday of March, 02:00 → 03:00): a wall time in the gap such as
 *   02:30 does not exist. It is read with the winter offset, which lands on the same
 *   instant as 03:30 summer time: the time moves forward by the length of the gap (the
 *   "compatible" behaviour of Temporal and most calendar software). An opening at 02:30
 *   therefore starts at 03:30, and every span keeps its real-time order.
 * - Fall back (last Sunday of October, 03:00 → 02:00): a wall time between 02:00 and
 *   03:00 happens twice; the first occurrence (still summer time) is used.
 */
export function amsterdamInstant(date: CivilDate, minuteOfDay: number): Date {
  // The wall time read as if it were UTC; the real instant is this minus the offset.
  const asUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minuteOfDay);
  // Amsterdam changes offset at most once within any two days, so the offsets a day
  // before and a day after are the only ones that can apply here.
  const before = amsterdamOffsetMinutes(new Date(asUtc - 86_400_000));
  const after = amsterdamOffsetMinutes(new Date(asUtc + 86_400_000));
  const fits = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((candidate, index) => amsterdamOffsetMinutes(new Date(candidate)) === [before, after][index]);
  // Two fits: an ambiguous autumn time; the smaller instant is the first occurrence.
  if (fits.length > 0) return new Date(Math.min(...fits));
  // No fit: a spring gap time; the offset from before the change moves it forward.
  return new Date(asUtc - before * 60_000);
}

/** "HH:MM" of an instant on Amsterdam clocks. */
export function formatAmsterdamClock(instant: Date): string {
  const { minuteOfDay } = amsterdamMoment(instant);
  return formatMinutes(minuteOfDay);
}

export function formatMinutes(minuteOfDay: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minuteOfDay / 60) % 24)}:${pad(minuteOfDay % 60)}`;
}
