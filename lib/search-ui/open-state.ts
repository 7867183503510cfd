// The search result carries the open state as JSON (ISO strings); the hours engine's wording
// (describeOpenState) wants its own shape back, with Dates.
import { amsterdamDate, dateKey, publicHolidayOn, type HoursLocale, type OpenState } from "@/lib/hours";
import type { SearchItem } from "@/lib/search/types";

/**
 * A public holiday's name in the page's language. The search answer is shared by every language
 * (and cached), so the engine names today's holiday in Dutch; a closure reason a coordinator
 * wrote stays as written.
 */
function reasonIn(reason: string, now: Date, locale: HoursLocale): string {
  const today = amsterdamDate(now);
  return reason === publicHolidayOn(today, "nl") ? (publicHolidayOn(today, locale) ?? reason) : reason;
}

export function toOpenState(open: SearchItem["open"], now: Date, locale: HoursLocale = "nl"): OpenState {
  if (open.status === "open" && open.closesAt) {
    const closesAt = new Date(open.closesAt);
    // As in the hours engine: closing at exactly midnight still counts as today.
    const closesToday = dateKey(amsterdamDate(new Date(closesAt.getTime() - 1))) === dateKey(amsterdamDate(now));
    return { status: "open", closesAt, closesToday };
  }
  if (open.status === "closed") {
    const nextOpening = open.nextOpening && { start: new Date(open.nextOpening.start), end: new Date(open.nextOpening.end) };
    return open.reason ? { status: "closed", nextOpening, reason: reasonIn(open.reason, now, locale) } : { status: "closed", nextOpening };
  }
  return { status: "unknown" };
}
