import { describe, expect, it } from "vitest";
import { openState, type OpenState } from "@/lib/hours";
import { closedOn, day, monthly, office, specialHours, weekly } from "./fixtures";

/** The state with Dates as ISO strings, so a failure shows the instants. */
function plain(state: OpenState) {
  if (state.status === "open") return { ...state, closesAt: state.closesAt.toISOString() };
  if (state.status === "closed") {
    const next = state.nextOpening && [state.nextOpening.start.toISOString(), state.nextOpening.end.toISOString()];
    return { ...state, nextOpening: next };
  }
  return state;
}

describe("openState on a normal weekday", () => {
  it("is open during hours (Tuesday 10 March 2026 14:00)", () => {
    expect(plain(openState(new Date("2026-03-10T13:00:00.000Z"), office))).toEqual({
      status: "open",
      closesAt: "2026-03-10T16:00:00.000Z",
      closesToday: true,
    });
  });

  it("is open at the opening minute and closed at the closing minute", () => {
    expect(openState(new Date("2026-03-10T08:00:00.000Z"), office).status).toBe("open");
    expect(plain(openState(new Date("2026-03-10T16:00:00.000Z"), office))).toEqual({
      status: "closed",
      nextOpening: ["2026-03-11T08:00:00.000Z", "2026-03-11T16:00:00.000Z"],
    });
  });

  it("before opening, the next opening is later today", () => {
    expect(plain(openState(new Date("2026-03-10T06:00:00.000Z"), office))).toEqual({
      status: "closed",
      nextOpening: ["2026-03-10T08:00:00.000Z", "2026-03-10T16:00:00.000Z"],
    });
  });

  it("on Friday evening, the next opening is Monday", () => {
    expect(plain(openState(new Date("2026-03-13T19:00:00.000Z"), office))).toEqual({
      status: "closed",
      nextOpening: ["2026-03-16T08:00:00.000Z", "2026-03-16T16:00:00.000Z"],
    });
  });

  it("is unknown without any rules, even with exceptions", () => {
    expect(openState(new Date("2026-03-10T13:00:00.000Z"), [], [closedOn("2026-03-10", "2026-03-10")])).toEqual({ status: "unknown" });
  });

  it("has no next opening when nothing opens within 62 days", () => {
    const expired = [weekly("TU", "09:00", "12:00", { validTo: day("2026-02-24") })];
    expect(openState(new Date("2026-03-10T13:00:00.000Z"), expired)).toEqual({ status: "closed", nextOpening: null });
  });
});

describe("openState with a span past midnight (Friday 19:00–01:00)", () => {
  const rules = [weekly("FR", "19:00", "01:00")];

  it("is open on Friday evening and closes after midnight, not today", () => {
    expect(plain(openState(new Date("2026-03-13T21:00:00.000Z"), rules))).toEqual({
      status: "open",
      closesAt: "2026-03-14T00:00:00.000Z",
      closesToday: false,
    });
  });

  it("is open at Saturday 00:30, closing today at 01:00", () => {
    expect(plain(openState(new Date("2026-03-13T23:30:00.000Z"), rules))).toEqual({
      status: "open",
      closesAt: "2026-03-14T00:00:00.000Z",
      closesToday: true,
    });
  });

  it("is closed at Saturday 01:30, next opening the following Friday 19:00", () => {
    expect(plain(openState(new Date("2026-03-14T00:30:00.000Z"), rules))).toEqual({
      status: "closed",
      nextOpening: ["2026-03-20T18:00:00.000Z", "2026-03-21T00:00:00.000Z"],
    });
  });

  it("follows back-to-back openings across midnight to the real closing time", () => {
    const chained = [weekly("FR", "20:00", "00:00"), weekly("SA", "00:00", "02:00")];
    expect(plain(openState(new Date("2026-03-13T21:00:00.000Z"), chained))).toEqual({
      status: "open",
      closesAt: "2026-03-14T01:00:00.000Z",
      closesToday: false,
    });
  });

  it("counts closing at exactly midnight as closing today", () => {
    expect(openState(new Date("2026-03-13T21:00:00.000Z"), [weekly("FR", "20:00", "00:00")])).toMatchObject({ closesToday: true });
  });
});

describe("openState on DST change days (rule Sunday 01:00–04:00)", () => {
  const rules = [weekly("SU", "01:00", "04:00")];

  it("29 March 2026: open at 03:30 CEST, closes 04:00 CEST = 02:00Z", () => {
    expect(plain(openState(new Date("2026-03-29T01:30:00.000Z"), rules))).toEqual({
      status: "open",
      closesAt: "2026-03-29T02:00:00.000Z",
      closesToday: true,
    });
  });

  it("29 March 2026: closed at 04:00 CEST, before 01:00 CET", () => {
    expect(openState(new Date("2026-03-29T02:00:00.000Z"), rules).status).toBe("closed");
    expect(plain(openState(new Date("2026-03-28T23:59:00.000Z"), rules))).toEqual({
      status: "closed",
      nextOpening: ["2026-03-29T00:00:00.000Z", "2026-03-29T02:00:00.000Z"],
    });
  });

  it("25 October 2026: open during both 02:30s and at 03:30 CET", () => {
    for (const instant of ["2026-10-25T00:30:00.000Z", "2026-10-25T01:30:00.000Z", "2026-10-25T02:30:00.000Z"]) {
      expect(plain(openState(new Date(instant), rules))).toEqual({ status: "open", closesAt: "2026-10-25T03:00:00.000Z", closesToday: true });
    }
  });

  it("25 October 2026: closed at 04:00 CET, next opening 1 November 01:00 CET", () => {
    expect(plain(openState(new Date("2026-10-25T03:00:00.000Z"), rules))).toEqual({
      status: "closed",
      nextOpening: ["2026-11-01T00:00:00.000Z", "2026-11-01T03:00:00.000Z"],
    });
  });
});

describe("openState with exceptions and holidays", () => {
  it("gives the exception's reason when closed today because of it", () => {
    const exceptions = [closedOn("2026-03-10", "2026-03-10", "Teamdag")];
    expect(plain(openState(new Date("2026-03-10T13:00:00.000Z"), office, exceptions))).toEqual({
      status: "closed",
      nextOpening: ["2026-03-11T08:00:00.000Z", "2026-03-11T16:00:00.000Z"],
      reason: "Teamdag",
    });
  });

  it("uses special hours today", () => {
    const exceptions = [specialHours("2026-03-10", "2026-03-10", "09:00", "12:00")];
    expect(plain(openState(new Date("2026-03-10T10:00:00.000Z"), office, exceptions))).toEqual({
      status: "open",
      closesAt: "2026-03-10T11:00:00.000Z",
      closesToday: true,
    });
    expect(plain(openState(new Date("2026-03-10T13:00:00.000Z"), office, exceptions))).toEqual({
      status: "closed",
      nextOpening: ["2026-03-11T08:00:00.000Z", "2026-03-11T16:00:00.000Z"],
    });
  });

  it("is closed on Koningsdag (Monday 27 April 2026) with the holiday's name, in Dutch or English", () => {
    const now = new Date("2026-04-27T10:00:00.000Z");
    expect(plain(openState(now, office))).toEqual({
      status: "closed",
      nextOpening: ["2026-04-28T07:00:00.000Z", "2026-04-28T15:00:00.000Z"],
      reason: "Koningsdag",
    });
    expect(openState(now, office, [], { language: "en" })).toMatchObject({ reason: "King's Day" });
    expect(openState(now, office, [], { closedOnPublicHolidays: false }).status).toBe("open");
  });

  it("is open on Tweede kerstdag when SPECIAL_HOURS overrides the holiday", () => {
    const rules = [weekly("SA", "10:00", "16:00")];
    const now = new Date("2026-12-26T11:00:00.000Z"); // Saturday 12:00
    expect(openState(now, rules)).toMatchObject({ status: "closed", reason: "Tweede kerstdag" });
    expect(plain(openState(now, rules, [specialHours("2026-12-26", "2026-12-26", "11:00", "13:00")]))).toEqual({
      status: "open",
      closesAt: "2026-12-26T12:00:00.000Z",
      closesToday: true,
    });
  });

  it("skips the holidays of Christmas week: Friday/Saturday hours reopen on Saturday 2 January 2027", () => {
    // 25 Dec (Fri), 26 Dec (Sat) and 1 Jan (Fri) are all public holidays.
    const rules = [weekly("FR", "10:00", "13:00"), weekly("SA", "10:00", "13:00")];
    expect(plain(openState(new Date("2026-12-24T12:00:00.000Z"), rules))).toEqual({
      status: "closed",
      nextOpening: ["2027-01-02T09:00:00.000Z", "2027-01-02T12:00:00.000Z"],
    });
  });

  it("skips Tweede paasdag for a Monday-only service", () => {
    const rules = [weekly("MO", "10:00", "12:00")];
    expect(plain(openState(new Date("2026-04-03T12:00:00.000Z"), rules))).toEqual({
      status: "closed",
      nextOpening: ["2026-04-13T08:00:00.000Z", "2026-04-13T10:00:00.000Z"],
    });
  });

  it("finds a monthly opening weeks ahead", () => {
    const rules = [monthly("SA", 1, "10:00", "13:00")];
    expect(plain(openState(new Date("2026-11-08T12:00:00.000Z"), rules))).toEqual({
      status: "closed",
      nextOpening: ["2026-12-05T09:00:00.000Z", "2026-12-05T12:00:00.000Z"],
    });
  });
});
