// The search result carries the open state as JSON (ISO strings); the hours engine's wording
// (describeOpenState) wants its own shape back, with Dates.
import { amsterdamDate, dateKey, type OpenState } from "@/lib/hours";
import type { SearchItem } from "@/lib/search/types";

export function toOpenState(open: SearchItem["open"], now: Date): OpenState {
  if (open.status === "open" && open.closesAt) {
    const closesAt = new Date(open.closesAt);
    // As in the hours engine: closing at exactly midnight still counts as today.
    const closesToday = dateKey(amsterdamDate(new Date(closesAt.getTime() - 1))) === dateKey(amsterdamDate(now));
    return { status: "open", closesAt, closesToday };
  }
  if (open.status === "closed") {
    const nextOpening = open.nextOpening && { start: new Date(open.nextOpening.start), end: new Date(open.nextOpening.end) };
    return open.reason ? { status: "closed", nextOpening, reason: open.reason } : { status: "closed", nextOpening };
  }
  return { status: "unknown" };
}
