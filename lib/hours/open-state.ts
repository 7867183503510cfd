// "Is it open now, and if not, when next?" for a service at a location.
import { amsterdamDate } from "./amsterdam-time";
import { addDays, dateKey } from "./civil-date";
import { planDay } from "./openings";
import type { HoursException, Interval, OpenState, OpeningOptions, ScheduleRule } from "./types";

/** How far ahead to look for the next opening: covers a monthly rule plus a long holiday closure. */
export const NEXT_OPENING_SEARCH_DAYS = 62;
/** How far a run of back-to-back openings is followed to find the real closing time. */
const MAX_CHAIN_DAYS = 7;

export function openState(
  now: Date,
  rules: readonly ScheduleRule[],
  exceptions: readonly HoursException[] = [],
  options: OpeningOptions = {},
): OpenState {
  // Without any regular hours we cannot claim "closed": the hours are simply not known.
  if (rules.length === 0) return { status: "unknown" };

  const today = amsterdamDate(now);
  const t = now.getTime();
  const plans = new Map<number, ReturnType<typeof planDay>>();
  const planFor = (offset: number) => {
    let plan = plans.get(offset);
    if (!plan) {
      plan = planDay(addDays(today, offset), rules, exceptions, options);
      plans.set(offset, plan);
    }
    return plan;
  };

  // Yesterday is included because a span such as Friday 19:00–01:00 is still running early on Saturday.
  const running = [-1, 0].flatMap((offset) => planFor(offset).intervals).find((i) => i.start.getTime() <= t && t < i.end.getTime());
  if (running) {
    // Follow openings that start the moment (or before) the current one ends, across
    // days too: 19:00–00:00 followed by 00:00–02:00 really closes at 02:00.
    let closesAt = running.end;
    const later = Array.from({ length: MAX_CHAIN_DAYS + 2 }, (_, i) => planFor(i - 1).intervals).flat();
    for (const interval of later.sort((a, b) => a.start.getTime() - b.start.getTime())) {
      if (interval.start.getTime() <= closesAt.getTime() && interval.end.getTime() > closesAt.getTime()) closesAt = interval.end;
    }
    // Closing at exactly midnight still counts as today: the service is open until the day ends.
    const closesToday = dateKey(amsterdamDate(new Date(closesAt.getTime() - 1))) === dateKey(today);
    return { status: "open", closesAt, closesToday };
  }

  let nextOpening: Interval | null = null;
  for (let offset = 0; offset <= NEXT_OPENING_SEARCH_DAYS && !nextOpening; offset++) {
    const upcoming = planFor(offset).intervals.find((i) => i.start.getTime() > t);
    if (upcoming) nextOpening = { start: upcoming.start, end: upcoming.end };
  }
  const reason = planFor(0).closure?.reason;
  return reason ? { status: "closed", nextOpening, reason } : { status: "closed", nextOpening };
}
