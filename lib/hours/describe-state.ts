// Short status line for a service, e.g. "Nu open · sluit om 17:00".
import { amsterdamDate, formatAmsterdamClock } from "./amsterdam-time";
import { daysBetween, weekdayOf } from "./civil-date";
import type { HoursLocale, OpenState } from "./types";
import { HOURS_PHRASES } from "./phrases";
import { monthName } from "./words";

/**
 * How people name a day relative to today: "vandaag", "morgen", a weekday name within the
 * coming week, and a date ("op 5 januari") beyond that, where a weekday name would be
 * ambiguous. No year: the search window is at most about two months.
 */
function dayPhrase(target: Date, now: Date, locale: HoursLocale): string {
  const date = amsterdamDate(target);
  const days = daysBetween(amsterdamDate(now), date);
  const phrases = HOURS_PHRASES[locale];
  if (days === 0) return phrases.today;
  if (days === 1) return phrases.tomorrow;
  if (days > 1 && days <= 6) return phrases.onWeekday[weekdayOf(date)];
  return phrases.onDate(`${date.day} ${monthName(date.month, locale)}`);
}

function closesText(state: Extract<OpenState, { status: "open" }>, now: Date, locale: HoursLocale): string {
  const phrases = HOURS_PHRASES[locale];
  const time = formatAmsterdamClock(state.closesAt);
  if (state.closesToday) return phrases.closesAt(time);
  const days = daysBetween(amsterdamDate(now), amsterdamDate(state.closesAt));
  // An evening opening that ends after midnight: "tomorrow at 01:00" sounds like a day
  // away, while people say "tonight".
  if (days === 1 && Number(time.slice(0, 2)) < 6) return phrases.closesTonightAt(time);
  return phrases.closesOn(dayPhrase(state.closesAt, now, locale), time);
}

/**
 * One line for a list or detail page. `now` must be the same instant the state was
 * computed for, so "vandaag" and "morgen" are relative to the right day.
 */
export function describeOpenState(state: OpenState, now: Date, locale: HoursLocale): string {
  const phrases = HOURS_PHRASES[locale];
  switch (state.status) {
    case "unknown":
      return phrases.unknown;
    case "open":
      return `${phrases.openNow} · ${closesText(state, now, locale)}`;
    case "closed": {
      const head = state.reason ? `${phrases.closed}: ${state.reason}` : phrases.closed;
      if (!state.nextOpening) return `${head} · ${phrases.notOpenSoon}`;
      const opens = state.nextOpening.start;
      return `${head} · ${phrases.opensOn(dayPhrase(opens, now, locale), formatAmsterdamClock(opens))}`;
    }
  }
}
