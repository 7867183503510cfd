import { describe, expect, it } from "vitest";
import { isOpenAt, openingPatternAt } from "@/lib/hours";
import { day, monthly, office, weekly } from "./fixtures";

const at = (hh: number, mm = 0) => hh * 60 + mm;

describe("isOpenAt", () => {
  it("matches the weekday, and the time within the span (end excluded)", () => {
    expect(isOpenAt("TU", null, office)).toBe(true);
    expect(isOpenAt("SA", null, office)).toBe(false);
    expect(isOpenAt("TU", at(14), office)).toBe(true);
    expect(isOpenAt("TU", at(9), office)).toBe(true);
    expect(isOpenAt("TU", at(17), office)).toBe(false);
    expect(isOpenAt("TU", at(8, 59), office)).toBe(false);
  });

  it("counts the early minutes of a span past midnight for the next day", () => {
    const rules = [weekly("FR", "19:00", "01:00")];
    expect(isOpenAt("FR", at(23), rules)).toBe(true);
    expect(isOpenAt("SA", at(0, 30), rules)).toBe(true);
    expect(isOpenAt("SA", at(1, 30), rules)).toBe(false);
    expect(isOpenAt("SA", null, rules)).toBe(false);
    expect(isOpenAt("SU", at(0, 30), [weekly("SA", "22:00", "02:00")])).toBe(true);
    expect(isOpenAt("MO", at(0, 30), [weekly("SU", "22:00", "02:00")])).toBe(true);
  });

  it("treats monthly rules as 'sometimes open' without a date", () => {
    const rules = [monthly("SA", 1, "10:00", "13:00")];
    expect(isOpenAt("SA", at(11), rules)).toBe(true);
    expect(openingPatternAt("SA", at(11), rules)).toBe("monthly");
    expect(openingPatternAt("SA", at(11), [...rules, weekly("SA", "11:00", "12:00")])).toBe("weekly");
    expect(openingPatternAt("SA", at(14), rules)).toBeNull();
  });

  it("checks the week of the month and validity on a given date", () => {
    const rules = [monthly("SA", 1, "10:00", "13:00", { validTo: day("2026-12-31") })];
    expect(isOpenAt("SA", at(11), rules, "2026-12-05")).toBe(true);
    expect(isOpenAt("SA", at(11), rules, "2026-12-12")).toBe(false);
    expect(isOpenAt("SA", at(11), rules, "2027-01-02")).toBe(false);
    // The span started on Friday 11 December, a valid day, so Saturday 00:30 counts.
    const night = [weekly("FR", "19:00", "01:00", { validFrom: day("2026-12-11") })];
    expect(isOpenAt("SA", at(0, 30), night, "2026-12-12")).toBe(true);
    expect(isOpenAt("SA", at(0, 30), night, "2026-12-05")).toBe(false);
  });

  it("refuses a date that is not on the weekday asked about", () => {
    expect(() => isOpenAt("MO", null, office, "2026-12-05")).toThrow(RangeError);
  });
});
