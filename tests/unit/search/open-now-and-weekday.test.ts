import { describe, expect, it } from "vitest";
import { openState, type HoursException } from "@/lib/hours";
import { HoursTexts, toExceptions, toRules, type ExceptionTuple, type RuleTuple } from "@/lib/search/hours-rows";
import { openInfo, openNowDays, shiftDate } from "@/lib/search/open-now";
import { computeOpenings, MAX_OPENING_HOURS, nextOpeningHorizon, windowFor, type OpeningWindow } from "@/lib/search/openings";

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
  // Its first opening is two months ahead: found after the window, also when the window was
  // refreshed six days before the moment (the search still counts it fresh then).
  { name: "starts in February", rules: [rule("TH", "10:00", "12:00", { from: "2027-02-11" })], exceptions: [] },
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

/** What the search reads from the openings table: open now, and the next opening (openings, then the summary). */
function lookUp(now: Date, window: OpeningWindow, rules: RuleTuple[], exceptions: ExceptionTuple[], horizon: number) {
  const openings = computeOpenings(window, toRules(rules), toExceptions(exceptions));
  const t = now.getTime();
  const open = openings.intervals.some((i) => i.start.getTime() <= t && t < i.end.getTime());
  const later = openings.laterOpening && openings.laterOpening.getTime() < horizon ? openings.laterOpening.getTime() : null;
  const next = openings.intervals.find((i) => i.start.getTime() > t)?.start.getTime() ?? later;
  return { open, next, hasHours: openings.hasHours };
}

const horizonOf = (now: Date) => nextOpeningHorizon(now).getTime();

describe("materialised openings (computeOpenings)", () => {
  // The window as refreshed today, and as left by a refresh six days ago (the daily job may
  // fail; the search refreshes it itself only when fewer than seven days are left).
  const windows = (now: Date) => [windowFor(now), windowFor(new Date(now.getTime() - 6 * 86_400_000))];

  it("say open exactly when openState does, for every pattern at every moment", () => {
    let open = 0;
    for (const now of moments) {
      for (const window of windows(now)) {
        for (const p of patterns) {
          const expected = openState(now, toRules(p.rules), toExceptions(p.exceptions)).status === "open";
          expect(lookUp(now, window, p.rules, p.exceptions, Infinity).open, `${p.name} at ${now.toISOString()}`).toBe(expected);
          if (expected) open++;
        }
      }
    }
    expect(open).toBeGreaterThan(200);
  }, 60_000);

  it("find the same next opening as openState for every closed pattern at every moment", () => {
    let found = 0;
    for (const now of moments) {
      for (const window of windows(now)) {
        for (const p of patterns.filter((q) => q.rules.length > 0)) {
          const state = openState(now, toRules(p.rules), toExceptions(p.exceptions));
          if (state.status !== "closed") continue;
          const { next } = lookUp(now, window, p.rules, p.exceptions, horizonOf(now));
          expect(next, `${p.name} at ${now.toISOString()}`).toBe(state.nextOpening?.start.getTime() ?? null);
          if (next !== null) found++;
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  }, 60_000);

  it("have no openings and no hours without regular rules, whatever the exceptions say", () => {
    const special = [exception("SPECIAL_HOURS", "2026-12-19", "2026-12-19", "00:00", "03:00")];
    expect(computeOpenings(windowFor(new Date("2026-12-19T00:30:00Z")), [], toExceptions(special))).toEqual({ intervals: [], hasHours: false, laterOpening: null });
  });

  it("never hold an interval longer than the search's look-back allows", () => {
    const allDay = [rule("MO", "00:00", "00:00"), rule("TU", "00:00", "00:00")];
    const { intervals } = computeOpenings(windowFor(new Date("2026-11-17T12:00:00Z")), toRules(allDay), []);
    expect(intervals.length).toBeGreaterThan(0);
    for (const i of intervals) expect(i.end.getTime() - i.start.getTime()).toBeLessThanOrEqual(MAX_OPENING_HOURS * 3_600_000);
  });

  it("parse each distinct hours text once (page details)", () => {
    const hours = new HoursTexts();
    const text = JSON.stringify([rule("MO", "09:00", "12:00")]);
    expect(hours.rulesOf(text)).toBe(hours.rulesOf(`${text}`));
    expect(hours.rulesOf(null)).toEqual([]);
    expect(hours.exceptionsOf(JSON.stringify([exception("CLOSED", "2026-12-25", "2026-12-25")]))[0].kind).toBe("CLOSED");
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
