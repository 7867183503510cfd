// Short status line for a service, e.g. "Nu open · sluit om 17:00".
import { amsterdamDate, formatAmsterdamClock } from "./amsterdam-time";
import { daysBetween, weekdayOf } from "./civil-date";
import type { HoursLocale, OpenState } from "./types";
import { WEEKDAY_NAMES, monthName } from "./words";

/**
 * How people name a day relative to today: "vandaag", "morgen", a weekday name within the
 * coming week, and a date ("op 5 januari") beyond that, where a weekday name would be
 * ambiguous. No year: the search window is at most about two months.
 */
function dayPhrase(target: Date, now: Date, locale: HoursLocale): string {
  const date = amsterdamDate(target);
  const days = daysBetween(amsterdamDate(now), date);
  if (days === 0) return locale === "nl" ? "vandaag" : "today";
  if (days === 1) return locale === "nl" ? "morgen" : "tomorrow";
  if (days > 1 && days <= 6) return WEEKDAY_NAMES[locale][weekdayOf(date)];
  const dayMonth = `${date.day} ${monthName(date.month, locale)}`;
  return locale === "nl" ? `op ${dayMonth}` : `on ${dayMonth}`;
}

function closesText(state: Extract<OpenState, { status: "open" }>, now: Date, locale: HoursLocale): string {
  const time = formatAmsterdamClock(state.closesAt);
  if (state.closesToday) return locale === "nl" ? `sluit om ${time}` : `closes at ${time}`;
  const days = daysBetween(amsterdamDate(now), amsterdamDate(state.closesAt));
  // An evening opening that ends after midnight: "tomorrow at 01:00" sounds like a day
  // away, while people say "tonight".
  if (days === 1 && Number(time.slice(0, 2)) < 6) return locale === "nl" ? `sluit vannacht om ${time}` : `closes tonight at ${time}`;
  const day = dayPhrase(state.closesAt, now, locale);
  return locale === "nl" ? `sluit ${day} om ${time}` : `closes ${day} at ${time}`;
}

/**
 * One line for a list or detail page. `now` must be the same instant the state was
 * computed for, so "vandaag" and "morgen" are relative to the right day.
 */
export function describeOpenState(state: OpenState, now: Date, locale: HoursLocale): string {
  switch (state.status) {
    case "unknown":
      return locale === "nl" ? "Openingstijden onbekend" : "Opening hours unknown";
    case "open":
      return `${locale === "nl" ? "Nu open" : "Open now"} · ${closesText(state, now, locale)}`;
    case "closed": {
      const closed = locale === "nl" ? "Gesloten" : "Closed";
      const head = state.reason ? `${closed}: ${state.reason}` : closed;
      if (!state.nextOpening) return `${head} · ${locale === "nl" ? "voorlopig niet open" : "not open in the coming weeks"}`;
      const when = `${dayPhrase(state.nextOpening.start, now, locale)} ${formatAmsterdamClock(state.nextOpening.start)}`;
      return `${head} · ${locale === "nl" ? "opent" : "opens"} ${when}`;
    }
  }
}
