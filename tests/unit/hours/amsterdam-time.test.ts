import { describe, expect, it } from "vitest";
import { amsterdamInstant, amsterdamMoment, formatAmsterdamClock } from "@/lib/hours";
import { amsterdamOffsetMinutes } from "@/lib/hours/amsterdam-time";
import { addDays, daysBetween, fromDbDate, toCivilDate, weekdayOf } from "@/lib/hours/civil-date";

describe("amsterdamMoment", () => {
  it("reads winter time (CET, UTC+1)", () => {
    expect(amsterdamMoment(new Date("2026-03-10T13:05:00.000Z"))).toEqual({
      date: { year: 2026, month: 3, day: 10 },
      weekday: "TU",
      minuteOfDay: 14 * 60 + 5,
    });
  });

  it("reads summer time (CEST, UTC+2) and crosses midnight into the Amsterdam date", () => {
    expect(amsterdamMoment(new Date("2026-07-03T22:30:00.000Z"))).toEqual({
      date: { year: 2026, month: 7, day: 4 },
      weekday: "SA",
      minuteOfDay: 30,
    });
  });

  it("shows midnight as 00:00, not 24:00", () => {
    expect(formatAmsterdamClock(new Date("2026-01-05T23:00:00.000Z"))).toBe("00:00");
    expect(amsterdamMoment(new Date("2026-01-05T23:00:00.000Z")).minuteOfDay).toBe(0);
  });

  it("knows the offset on both sides of a change", () => {
    expect(amsterdamOffsetMinutes(new Date("2026-03-29T00:59:00.000Z"))).toBe(60);
    expect(amsterdamOffsetMinutes(new Date("2026-03-29T01:00:00.000Z"))).toBe(120);
    expect(amsterdamOffsetMinutes(new Date("2026-10-25T00:59:00.000Z"))).toBe(120);
    expect(amsterdamOffsetMinutes(new Date("2026-10-25T01:00:00.000Z"))).toBe(60);
  });
});

describe("amsterdamInstant", () => {
  it("converts ordinary winter and summer wall times", () => {
    expect(amsterdamInstant({ year: 2026, month: 1, day: 15 }, 9 * 60).toISOString()).toBe("2026-01-15T08:00:00.000Z");
    expect(amsterdamInstant({ year: 2026, month: 6, day: 15 }, 9 * 60).toISOString()).toBe("2026-06-15T07:00:00.000Z");
  });

  it("rolls minutes past 24:00 into the next day", () => {
    expect(amsterdamInstant({ year: 2026, month: 3, day: 13 }, 25 * 60).toISOString()).toBe("2026-03-14T00:00:00.000Z");
  });

  it("spring forward (29 March 2026): times around the gap and in it", () => {
    const sunday = { year: 2026, month: 3, day: 29 };
    expect(amsterdamInstant(sunday, 60).toISOString()).toBe("2026-03-29T00:00:00.000Z"); // 01:00 CET
    expect(amsterdamInstant(sunday, 3 * 60).toISOString()).toBe("2026-03-29T01:00:00.000Z"); // 03:00 CEST
    // 02:30 does not exist: it moves forward to 03:30 CEST.
    const gap = amsterdamInstant(sunday, 2 * 60 + 30);
    expect(gap.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(formatAmsterdamClock(gap)).toBe("03:30");
  });

  it("fall back (25 October 2026): an ambiguous time takes its first occurrence", () => {
    const sunday = { year: 2026, month: 10, day: 25 };
    expect(amsterdamInstant(sunday, 2 * 60 + 30).toISOString()).toBe("2026-10-25T00:30:00.000Z"); // 02:30 CEST
    expect(amsterdamInstant(sunday, 3 * 60).toISOString()).toBe("2026-10-25T02:00:00.000Z"); // 03:00 CET
    expect(amsterdamInstant(sunday, 60).toISOString()).toBe("2026-10-24T23:00:00.000Z"); // 01:00 CEST
  });

  it("gives a span across the October change its real length: Saturday 22:00 to Sunday 04:00 is 7 hours", () => {
    const start = amsterdamInstant({ year: 2026, month: 10, day: 24 }, 22 * 60);
    const end = amsterdamInstant({ year: 2026, month: 10, day: 24 }, 28 * 60);
    expect([start.toISOString(), end.toISOString()]).toEqual(["2026-10-24T20:00:00.000Z", "2026-10-25T03:00:00.000Z"]);
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(7);
  });

  it("and the same night in March lasts 5 hours", () => {
    const start = amsterdamInstant({ year: 2026, month: 3, day: 28 }, 22 * 60);
    const end = amsterdamInstant({ year: 2026, month: 3, day: 28 }, 28 * 60);
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(5);
  });
});

describe("civil dates", () => {
  it("parses YYYY-MM-DD and rejects impossible dates", () => {
    expect(toCivilDate("2026-02-28")).toEqual({ year: 2026, month: 2, day: 28 });
    expect(() => toCivilDate("2026-02-30")).toThrow(RangeError);
    expect(() => toCivilDate("5 januari")).toThrow(RangeError);
  });

  it("reads a @db.Date by its UTC fields and does day arithmetic across months and years", () => {
    expect(fromDbDate(new Date("2026-12-31T00:00:00.000Z"))).toEqual({ year: 2026, month: 12, day: 31 });
    expect(addDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({ year: 2027, month: 1, day: 1 });
    expect(daysBetween({ year: 2026, month: 3, day: 28 }, { year: 2026, month: 3, day: 30 })).toBe(2);
    expect(weekdayOf({ year: 2026, month: 12, day: 5 })).toBe("SA");
  });
});
