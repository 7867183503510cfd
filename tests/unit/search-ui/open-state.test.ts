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

describe("toOpenState: the reason of a closure in the page's language", () => {
  const christmas = new Date("2026-12-25T10:00:00.000Z");
  const closed = (reason: string) => ({ status: "closed" as const, closesAt: null, nextOpening: null, reason });

  it("names today's public holiday in the page's language (the shared answer names it in Dutch)", () => {
    expect(toOpenState(closed("Kerstmis"), christmas, "tr")).toEqual({ status: "closed", nextOpening: null, reason: "Noel" });
    expect(toOpenState(closed("Kerstmis"), christmas, "ar")).toMatchObject({ reason: "عيد الميلاد" });
    expect(toOpenState(closed("Kerstmis"), christmas)).toMatchObject({ reason: "Kerstmis" });
  });

  it("keeps a reason a coordinator wrote, and a holiday's name on another day, as written", () => {
    expect(toOpenState(closed("Teamuitje"), christmas, "pl")).toMatchObject({ reason: "Teamuitje" });
    expect(toOpenState(closed("Kerstmis"), new Date("2026-12-24T10:00:00.000Z"), "uk")).toMatchObject({ reason: "Kerstmis" });
  });
});
