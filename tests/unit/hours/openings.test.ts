import { describe, expect, it } from "vitest";
import { openingsOn, publicHolidayOn } from "@/lib/hours";
import { closedOn, day, hoursOf, iso, monthly, office, specialHours, weekly } from "./fixtures";

describe("openingsOn: weekly rules", () => {
  it("gives the day's spans as real instants (winter time)", () => {
    expect(iso(openingsOn("2026-03-10", office))).toEqual([["2026-03-10T08:00:00.000Z", "2026-03-10T16:00:00.000Z"]]);
  });

  it("is empty on a weekday without rules", () => {
    expect(openingsOn("2026-03-14", office)).toEqual([]);
  });

  it("sorts and joins spans that touch or overlap, keeps a lunch break", () => {
    const rules = [weekly("WE", "13:00", "15:00"), weekly("WE", "09:00", "12:00"), weekly("WE", "11:00", "12:30"), weekly("WE", "15:00", "16:00")];
    expect(iso(openingsOn("2026-03-11", rules))).toEqual([
      ["2026-03-11T08:00:00.000Z", "2026-03-11T11:30:00.000Z"],
      ["2026-03-11T12:00:00.000Z", "2026-03-11T15:00:00.000Z"],
    ]);
  });

  it("returns a span past midnight whole, on the day it starts", () => {
    const rules = [weekly("FR", "19:00", "01:00")];
    expect(iso(openingsOn("2026-03-13", rules))).toEqual([["2026-03-13T18:00:00.000Z", "2026-03-14T00:00:00.000Z"]]);
    expect(openingsOn("2026-03-14", rules)).toEqual([]);
  });

  it("skips a rule with an unreadable time instead of guessing", () => {
    expect(openingsOn("2026-03-10", [weekly("TU", "9 uur", "17:00"), weekly("TU", "13:00", "14:00")]).length).toBe(1);
  });
});

describe("openingsOn: DST change days", () => {
  const sundayNight = [weekly("SU", "01:00", "04:00")];

  it("spring forward, Sunday 29 March 2026: 01:00 CET to 04:00 CEST is 2 real hours", () => {
    const [span] = openingsOn("2026-03-29", sundayNight);
    expect(iso([span])).toEqual([["2026-03-29T00:00:00.000Z", "2026-03-29T02:00:00.000Z"]]);
    expect(hoursOf(span)).toBe(2);
  });

  it("fall back, Sunday 25 October 2026: 01:00 CEST to 04:00 CET is 4 real hours", () => {
    const [span] = openingsOn("2026-10-25", sundayNight);
    expect(iso([span])).toEqual([["2026-10-24T23:00:00.000Z", "2026-10-25T03:00:00.000Z"]]);
    expect(hoursOf(span)).toBe(4);
  });

  it("an opening inside the spring gap starts at the moved-forward time", () => {
    expect(iso(openingsOn("2026-03-29", [weekly("SU", "02:30", "05:00")]))).toEqual([
      ["2026-03-29T01:30:00.000Z", "2026-03-29T03:00:00.000Z"],
    ]);
  });
});

describe("openingsOn: monthly rules", () => {
  const firstSaturday = [monthly("SA", 1, "10:00", "13:00")];
  const lastFriday = [monthly("FR", -1, "14:00", "16:00")];

  it("first Saturday: 5 December 2026 yes (1 December is a Tuesday), 12 December no", () => {
    expect(iso(openingsOn("2026-12-05", firstSaturday))).toEqual([["2026-12-05T09:00:00.000Z", "2026-12-05T12:00:00.000Z"]]);
    expect(openingsOn("2026-12-12", firstSaturday)).toEqual([]);
    expect(openingsOn("2026-11-28", firstSaturday)).toEqual([]);
  });

  it("last Friday: 30 January 2026 (a month with five Fridays) yes, 23 January no; 27 February yes", () => {
    expect(iso(openingsOn("2026-01-30", lastFriday))).toEqual([["2026-01-30T13:00:00.000Z", "2026-01-30T15:00:00.000Z"]]);
    expect(openingsOn("2026-01-23", lastFriday)).toEqual([]);
    expect(openingsOn("2026-02-27", lastFriday).length).toBe(1);
  });

  it("last Friday on the 31st (July 2026): the 24th is not the last", () => {
    expect(openingsOn("2026-07-24", lastFriday)).toEqual([]);
    expect(iso(openingsOn("2026-07-31", lastFriday))).toEqual([["2026-07-31T12:00:00.000Z", "2026-07-31T14:00:00.000Z"]]);
  });

  it("fourth Friday: 23 January 2026, not the 30th", () => {
    const fourth = [monthly("FR", 4, "14:00", "16:00")];
    expect(openingsOn("2026-01-23", fourth).length).toBe(1);
    expect(openingsOn("2026-01-30", fourth)).toEqual([]);
  });

  it("a monthly rule without a week never opens", () => {
    expect(openingsOn("2026-12-05", [{ ...firstSaturday[0], weekOfMonth: null }])).toEqual([]);
  });
});

describe("openingsOn: validFrom / validTo", () => {
  const rules = [weekly("TU", "09:00", "12:00", { validFrom: day("2026-03-10"), validTo: day("2026-03-24") })];

  it("includes both boundary dates and nothing outside them", () => {
    expect(openingsOn("2026-03-03", rules)).toEqual([]);
    expect(openingsOn("2026-03-10", rules).length).toBe(1);
    expect(openingsOn("2026-03-24", rules).length).toBe(1);
    expect(openingsOn("2026-03-31", rules)).toEqual([]);
  });

  it("lets a summer rule take over from a winter rule", () => {
    const seasonal = [
      weekly("TU", "09:00", "12:00", { validTo: day("2026-06-30") }),
      weekly("TU", "10:00", "12:00", { validFrom: day("2026-07-01") }),
    ];
    expect(iso(openingsOn("2026-06-30", seasonal))).toEqual([["2026-06-30T07:00:00.000Z", "2026-06-30T10:00:00.000Z"]]);
    expect(iso(openingsOn("2026-07-07", seasonal))).toEqual([["2026-07-07T08:00:00.000Z", "2026-07-07T10:00:00.000Z"]]);
  });
});

describe("openingsOn: exceptions", () => {
  it("CLOSED removes every span on the days it covers, inclusive", () => {
    const exceptions = [closedOn("2026-03-10", "2026-03-11", "Teamdag")];
    expect(openingsOn("2026-03-09", office, exceptions).length).toBe(1);
    expect(openingsOn("2026-03-10", office, exceptions)).toEqual([]);
    expect(openingsOn("2026-03-11", office, exceptions)).toEqual([]);
    expect(openingsOn("2026-03-12", office, exceptions).length).toBe(1);
  });

  it("SPECIAL_HOURS replaces the day's hours", () => {
    expect(iso(openingsOn("2026-03-10", office, [specialHours("2026-03-10", "2026-03-10", "13:00", "15:30")]))).toEqual([
      ["2026-03-10T12:00:00.000Z", "2026-03-10T14:30:00.000Z"],
    ]);
  });

  it("SPECIAL_HOURS can open a day without rules", () => {
    expect(iso(openingsOn("2026-03-14", office, [specialHours("2026-03-14", "2026-03-14", "10:00", "12:00")]))).toEqual([
      ["2026-03-14T09:00:00.000Z", "2026-03-14T11:00:00.000Z"],
    ]);
  });

  it("CLOSED wins when both cover the same day", () => {
    const exceptions = [specialHours("2026-03-10", "2026-03-10", "13:00", "15:00"), closedOn("2026-03-09", "2026-03-13")];
    expect(openingsOn("2026-03-10", office, exceptions)).toEqual([]);
  });

  it("SPECIAL_HOURS without times is ignored as incomplete", () => {
    const incomplete = { ...specialHours("2026-03-10", "2026-03-10", "x", "y"), opensAt: null };
    expect(openingsOn("2026-03-10", office, [incomplete]).length).toBe(1);
  });
});

describe("openingsOn: Dutch public holidays", () => {
  const everyDay = (["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const).map((d) => weekly(d, "10:00", "16:00"));

  it("knows the public holidays by name, and not Bevrijdingsdag or Goede Vrijdag", () => {
    expect(publicHolidayOn({ year: 2026, month: 12, day: 25 })).toBe("Kerstmis");
    expect(publicHolidayOn({ year: 2026, month: 12, day: 26 })).toBe("Tweede kerstdag");
    expect(publicHolidayOn({ year: 2026, month: 4, day: 27 })).toBe("Koningsdag");
    expect(publicHolidayOn({ year: 2026, month: 4, day: 27 }, "en")).toBe("King's Day");
    expect(publicHolidayOn({ year: 2026, month: 5, day: 5 })).toBeNull();
    expect(publicHolidayOn({ year: 2026, month: 4, day: 3 })).toBeNull();
  });

  it("closes on Kerstmis (Friday 25 December 2026), Tweede kerstdag and Koningsdag (Monday 27 April 2026)", () => {
    expect(openingsOn("2026-12-24", everyDay).length).toBe(1);
    expect(openingsOn("2026-12-25", everyDay)).toEqual([]);
    expect(openingsOn("2026-12-26", everyDay)).toEqual([]);
    expect(openingsOn("2026-12-27", everyDay).length).toBe(1);
    expect(openingsOn("2026-04-27", everyDay)).toEqual([]);
    expect(openingsOn("2026-04-28", everyDay).length).toBe(1);
  });

  it("stays open on Bevrijdingsdag (5 May 2026, not a public holiday in date-holidays)", () => {
    expect(openingsOn("2026-05-05", everyDay).length).toBe(1);
  });

  it("opens on a holiday when a SPECIAL_HOURS exception says so", () => {
    const exceptions = [specialHours("2026-12-26", "2026-12-26", "12:00", "14:00")];
    expect(iso(openingsOn("2026-12-26", everyDay, exceptions))).toEqual([["2026-12-26T11:00:00.000Z", "2026-12-26T13:00:00.000Z"]]);
  });

  it("ignores holidays when closedOnPublicHolidays is false", () => {
    expect(iso(openingsOn("2026-12-25", everyDay, [], { closedOnPublicHolidays: false }))).toEqual([
      ["2026-12-25T09:00:00.000Z", "2026-12-25T15:00:00.000Z"],
    ]);
  });
});
