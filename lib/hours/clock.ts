// Parsing of the "HH:MM" strings stored in Schedule.opensAt / closesAt.

/** Minutes since midnight, or null for anything that is not a valid "HH:MM". "24:00" is allowed as a closing time. */
export function parseClock(value: string | null | undefined): number | null {
  if (value == null) return null;
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/**
 * Opening and closing minute of a span, measured from midnight of the day it opens.
 * A closing time at or before the opening time belongs to the next day (19:00–01:00 ends
 * at minute 1500); equal times mean a full 24 hours. Null when either time is unreadable:
 * callers skip such a span rather than guess, so one bad row cannot invent hours.
 */
export function spanMinutes(opensAt: string | null, closesAt: string | null): { opens: number; closes: number } | null {
  const opens = parseClock(opensAt);
  const closes = parseClock(closesAt);
  if (opens === null || closes === null || opens >= 1440) return null;
  return { opens, closes: closes <= opens ? closes + 1440 : closes };
}
