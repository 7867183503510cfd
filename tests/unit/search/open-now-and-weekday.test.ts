import { describe, expect, it } from "vitest";
import { openState, type HoursException, type ScheduleRule } from "@/lib/hours";
import type { ExceptionTuple, RuleTuple } from "@/lib/search/matching-rows";
import { HoursTexts, toExceptions, toRules } from "@/lib/search/hours-rows";
import { nextOpeningStart, OpenNowChecker, openInfo, openNowDays, shiftDate } from "@/lib/search/open-now";
import { isOpenOnWeekday, rulesOfTheComingWeek } from "@/lib/search/weekday-filter";

const rule = (byDay: RuleTuple[1], opensAt: string, closesAt: string, extra: Partial<{ freq: RuleTuple[0]; week: number; from: string; to: string }> = {}): RuleTuple => [
  extra.freq ?? (extra.week ? "MONTHLY" : "WEEKLY"),
  byDay,
  extra.week ?? null,
  opensAt,
  closesAt,
  extra.from ?? null,
  extra.to ?? null,
];
const exception = (kind: ExceptionTuple[0], start: string, end: string, opensAt: string | null = null, closesAt: string | null = null): ExceptionTuple => [
  kind,
  start,
  end,
  opensAt,
  closesAt,
  kind === "CLOSED" ? "Gesloten" : "Andere tijden",
];

/** As the matching query returns them: json text, or null for none. */
const json = (tuples: readonly unknown[]) => (tuples.length === 0 ? null : JSON.stringify(tuples));

const patterns: { name: string; rules: RuleTuple[]; exceptions: ExceptionTuple[] }[] = [
  { name: "office hours", rules: ["MO", "TU", "WE", "TH", "FR"].map((d) => rule(d as RuleTuple[1], "09:00", "17:00")), exceptions: [] },
  { name: "Friday night past midnight", rules: [rule("FR", "19:00", "01:00")], exceptions: [] },
  { name: "midnight chain", rules: [rule("SA", "20:00", "00:00"), rule("SU", "00:00", "02:00")], exceptions: [] },
  { name: "second Saturday", rules: [rule("SA", "10:30", "12:30", { week: 2 })], exceptions: [] },
  { name: "last Sunday", rules: [rule("SU", "11:00", "13:00", { week: -1 })], exceptions: [] },
  { name: "valid only in November", rules: [rule("TU", "13:00", "16:00", { from: "2026-11-01", to: "2026-11-30" })], exceptions: [] },
  { name: "special hours on a Wednesday", rules: [rule("FR", "10:00", "12:30")], exceptions: [exception("SPECIAL_HOURS", "2026-12-23", "2026-12-23", "10:00", "12:30")] },
  { name: "closed over Christmas", rules: [rule("TH", "09:00", "17:00"), rule("FR", "09:00", "17:00")], exceptions: [exception("CLOSED", "2026-12-24", "2027-01-01")] },
  { name: "special hours on a holiday", rules: [rule("TH", "10:00", "15:00")], exceptions: [exception("SPECIAL_HOURS", "2026-12-25", "2026-12-25", "12:00", "15:00")] },
  { name: "no hours", rules: [], exceptions: [exception("SPECIAL_HOURS", "2026-11-17", "2026-11-17", "09:00", "17:00")] },
];

// Every 89 minutes over three weeks around Christmas (an odd step reaches every hour of the
// day), plus both DST changes of 2027 and a month's second Saturday.
const moments = [
  ...Array.from({ length: Math.floor((21 * 24 * 60) / 89) }, (_, i) => new Date(Date.parse("2026-12-14T00:00:00Z") + i * 89 * 60_000)),
  ...Array.from({ length: 60 }, (_, i) => new Date(Date.parse("2027-03-27T20:00:00Z") + i * 23 * 60_000)),
  ...Array.from({ length: 60 }, (_, i) => new Date(Date.parse("2027-10-30T20:00:00Z") + i * 23 * 60_000)),
  ...Array.from({ length: 40 }, (_, i) => new Date(Date.parse("2026-11-13T16:00:00Z") + i * 61 * 60_000)),
];

describe("OpenNowChecker", () => {
  it("agrees with openState(...).status === 'open' for every pattern at every moment", () => {
    let open = 0;
    for (const now of moments) {
      const checker = new OpenNowChecker(now);
      for (const p of patterns) {
        const expected = openState(now, toRules(p.rules), toExceptions(p.exceptions)).status === "open";
        expect(checker.isOpen(p.rules.length > 0, json(p.rules), json(p.exceptions)), `${p.name} at ${now.toISOString()}`).toBe(expected);
        if (expected) open++;
      }
    }
    expect(open).toBeGreaterThan(100);
  }, 20_000);

  it("needs only the rules of today and yesterday, as the matching query returns them", () => {
    const now = new Date("2026-12-19T00:30:00Z"); // Saturday 01:30: Friday night is still on
    const all = [rule("FR", "19:00", "02:00"), rule("MO", "09:00", "17:00")];
    const days = openNowDays(now).map((d) => d.weekday);
    expect(days).toEqual(["FR", "SA"]);
    const checker = new OpenNowChecker(now);
    expect(checker.isOpen(true, json(all.filter((r) => days.includes(r[1]))), null)).toBe(true);
    expect(checker.isOpen(true, json(all.filter((r) => r[1] === "SA")), null)).toBe(false);
    // Rules exist on other days only: special hours still open it; but "no hours at all" is never open.
    const special = json([exception("SPECIAL_HOURS", "2026-12-19", "2026-12-19", "00:00", "03:00")]);
    expect(checker.isOpen(true, null, special)).toBe(true);
    expect(checker.isOpen(false, null, special)).toBe(false);
  });

  it("parses each distinct text once", () => {
    const hours = new HoursTexts();
    const text = json([rule("MO", "09:00", "12:00")]);
    expect(hours.rulesOf(text)).toBe(hours.rulesOf(`${text}`));
    expect(hours.rulesOf(null)).toEqual([]);
    expect(hours.exceptionsOf(json([exception("CLOSED", "2026-12-25", "2026-12-25")]))[0].kind).toBe("CLOSED");
  });
});

describe("nextOpeningStart", () => {
  it("finds the same next opening as openState for every closed pattern at every moment", () => {
    let found = 0;
    for (const now of moments) {
      for (const p of patterns.filter((q) => q.rules.length > 0)) {
        const state = openState(now, toRules(p.rules), toExceptions(p.exceptions));
        if (state.status !== "closed") continue;
        const next = nextOpeningStart(now, toRules(p.rules), toExceptions(p.exceptions));
        expect(next, `${p.name} at ${now.toISOString()}`).toBe(state.nextOpening?.start.getTime() ?? null);
        if (next !== null) found++;
      }
    }
    expect(found).toBeGreaterThan(500);
  }, 20_000);
});

describe("weekday filter helpers", () => {
  const rules: ScheduleRule[] = toRules([
    rule("TU", "13:00", "16:00"),
    rule("SA", "10:00", "12:00", { week: 1 }),
    rule("MO", "22:00", "01:00"),
    rule("WE", "09:00", "12:00", { to: "2026-11-10" }),
    rule("TH", "09:00", "12:00", { from: "2026-12-01" }),
  ]);
  const today = { year: 2026, month: 11, day: 17 };

  it("keeps rules that apply within the coming seven days", () => {
    expect(rulesOfTheComingWeek(rules, today).map((r) => r.byDay)).toEqual(["TU", "SA", "MO"]);
    expect(rulesOfTheComingWeek(rules, { year: 2026, month: 11, day: 25 }).map((r) => r.byDay)).toEqual(["TU", "SA", "MO", "TH"]);
  });

  it("matches a weekday, a time, a span from the evening before and monthly rules", () => {
    expect(isOpenOnWeekday("TU", null, rules, today)).toBe(true);
    expect(isOpenOnWeekday("TU", 14 * 60, rules, today)).toBe(true);
    expect(isOpenOnWeekday("TU", 16 * 60, rules, today)).toBe(false);
    expect(isOpenOnWeekday("TU", 30, rules, today)).toBe(true); // Monday 22:00–01:00
    expect(isOpenOnWeekday("SA", null, rules, today)).toBe(true);
    expect(isOpenOnWeekday("WE", null, rules, today)).toBe(false); // ended
    expect(isOpenOnWeekday("TH", null, rules, today)).toBe(false); // starts in December
  });
});

describe("conversions", () => {
  it("reads json dates as UTC midnight, as Prisma returns @db.Date", () => {
    const [r] = toRules([rule("MO", "09:00", "12:00", { from: "2026-11-01", to: "2026-12-31" })]);
    expect(r.validFrom?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    const [e]: HoursException[] = toExceptions([exception("CLOSED", "2026-12-25", "2026-12-26")]);
    expect([e.startDate.toISOString(), e.endDate.toISOString(), e.kind]).toEqual(["2026-12-25T00:00:00.000Z", "2026-12-26T00:00:00.000Z", "CLOSED"]);
  });

  it("shifts calendar dates across months and years", () => {
    expect(shiftDate({ year: 2027, month: 1, day: 1 }, -1)).toEqual({ year: 2026, month: 12, day: 31 });
    expect(shiftDate({ year: 2027, month: 2, day: 28 }, 1)).toEqual({ year: 2027, month: 3, day: 1 });
  });

  it("finds yesterday right after midnight on the day the clocks go forward", () => {
    // Monday 29 March 2027, 00:10 summer time: 24 hours earlier is still Saturday.
    expect(openNowDays(new Date("2027-03-28T22:10:00Z")).map((d) => d.key)).toEqual(["2027-03-28", "2027-03-29"]);
  });

  it("shows open states with ISO instants and nulls", () => {
    const closesAt = new Date("2026-11-17T15:00:00Z");
    expect(openInfo({ status: "open", closesAt, closesToday: true })).toEqual({ status: "open", closesAt: "2026-11-17T15:00:00.000Z", nextOpening: null, reason: null });
    expect(openInfo({ status: "closed", nextOpening: { start: closesAt, end: closesAt }, reason: "Kerst" })).toEqual({
      status: "closed",
      closesAt: null,
      nextOpening: { start: "2026-11-17T15:00:00.000Z", end: "2026-11-17T15:00:00.000Z" },
      reason: "Kerst",
    });
    expect(openInfo({ status: "closed", nextOpening: null })).toMatchObject({ nextOpening: null, reason: null });
    expect(openInfo({ status: "unknown" })).toEqual({ status: "unknown", closesAt: null, nextOpening: null, reason: null });
  });
});
