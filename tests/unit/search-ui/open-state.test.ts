import { describe, expect, it } from "vitest";
import { describeOpenState } from "@/lib/hours";
import { toOpenState } from "@/lib/search-ui/open-state";

// Tuesday 1 December 2026, 10:00 in Utrecht (UTC+1).
const now = new Date("2026-12-01T09:00:00Z");

describe("toOpenState", () => {
  it("says when an open place closes today", () => {
    const state = toOpenState({ status: "open", closesAt: "2026-12-01T16:00:00Z", nextOpening: null, reason: null }, now);
    expect(describeOpenState(state, now, "nl")).toBe("Nu open · sluit om 17:00");
  });

  it("knows a place closing after midnight does not close today", () => {
    const state = toOpenState({ status: "open", closesAt: "2026-12-02T00:30:00Z", nextOpening: null, reason: null }, now);
    expect(state).toMatchObject({ status: "open", closesToday: false });
  });

  it("says when a closed place opens next, with the reason it is closed", () => {
    const state = toOpenState({ status: "closed", closesAt: null, nextOpening: { start: "2026-12-02T08:30:00Z", end: "2026-12-02T11:00:00Z" }, reason: "Studiedag" }, now);
    expect(describeOpenState(state, now, "nl")).toBe("Gesloten: Studiedag · opent morgen 09:30");
    expect(describeOpenState(state, now, "en")).toBe("Closed: Studiedag · opens tomorrow 09:30");
  });

  it("says so when the hours are unknown", () => {
    expect(toOpenState({ status: "unknown", closesAt: null, nextOpening: null, reason: null }, now)).toEqual({ status: "unknown" });
  });
});
