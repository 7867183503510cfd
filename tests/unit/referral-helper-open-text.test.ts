// The helper's words about when a place is open: the reason under "Why is this here?" and the
// "Open" line next to it come from the same open state, at the same moment, and must never
// contradict each other (issue 11: at 01:30 it said "Still open today." next to
// "Closed · opens today 08:30").
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeOpenState, openState, WEEKDAYS, type OpenState, type ScheduleRule } from "@/lib/hours";
import en from "@/lib/i18n/messages/en/referral-helper.json";
import nl from "@/lib/i18n/messages/nl/referral-helper.json";
import { fitReasons, type HelperRequest } from "@/lib/referral-helper/rank";
import type { Urgency } from "@/lib/referral-helper/needs";
import type { SearchItem } from "@/lib/search/types";
import { toOpenState } from "@/lib/search-ui/open-state";
import { reasonText } from "@/components/referral-helper/reason-text";
import { weekly } from "./hours/fixtures";

const MESSAGES = { nl, en } as const;
const OPEN_CODES = new Set(["openNow", "opensToday", "opensThisWeek"]);

/** The search's JSON form of an open state (the inverse of toOpenState). */
function asSearchOpen(state: OpenState): SearchItem["open"] {
  if (state.status === "open") return { status: "open", closesAt: state.closesAt.toISOString(), nextOpening: null, reason: null };
  if (state.status === "closed") {
    const next = state.nextOpening && { start: state.nextOpening.start.toISOString(), end: state.nextOpening.end.toISOString() };
    return { status: "closed", closesAt: null, nextOpening: next, reason: state.reason ?? null };
  }
  return { status: "unknown", closesAt: null, nextOpening: null, reason: null };
}

function itemWith(open: SearchItem["open"]): SearchItem {
  return {
    id: "s@p",
    service: { id: "s", slug: "s", name: "s", description: "", categories: [], phases: [], accessModes: ["WALK_IN"], languages: ["nl"], eligibility: null, isFree: true, costNote: null, noRegistration: false, capacity: "OPEN", textLanguages: { description: "nl", eligibility: "nl" } },
    organization: { id: "o", slug: "o", name: "o", kind: "INFORMAL", track: "SOCIALE_BASIS", exampleData: false },
    location: null,
    open,
    distance: 5000,
  };
}

/** What the helper prints for one place: its open reason (if any) and its "Open" line. */
function openTexts(rules: ScheduleRule[], now: Date, urgency: Urgency, locale: "nl" | "en" = "en") {
  const open = asSearchOpen(openState(now, rules));
  const request: HelperRequest = { needs: [], urgency, language: null, canTravel: true };
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "ReferralHelper" });
  const context = { buurt: "", list: (items: string[]) => items.join(", "), distance: String, language: String };
  const reasons = fitReasons(itemWith(open), request, now).filter((reason) => OPEN_CODES.has(reason.code));
  return {
    codes: reasons.map((reason) => reason.code),
    reason: reasons.map((reason) => reasonText(reason, (key, values) => t(key as never, values as never), context)).join(" "),
    line: describeOpenState(toOpenState(open, now), now, locale),
  };
}

// Thursday 3 December 2026 in Utrecht (UTC+1).
const at = (isoLocal: string) => new Date(`${isoLocal}+01:00`);
const buurtteam = (["MO", "TU", "WE", "TH", "FR"] as const).map((day) => weekly(day, "08:30", "17:00"));

describe("the open reason and the open line agree", () => {
  it("at 01:30 before an 08:30 opening: 'Opens later today', never 'Still open today'", () => {
    const texts = openTexts(buurtteam, at("2026-12-03T01:30"), "vandaag");
    expect(texts).toEqual({ codes: ["opensToday"], reason: "Opens later today.", line: "Closed · opens today 08:30" });
    expect(openTexts(buurtteam, at("2026-12-03T01:30"), "vandaag", "nl")).toMatchObject({ reason: "Gaat vandaag nog open.", line: "Gesloten · opent vandaag 08:30" });
  });

  it("while open: 'Open now'", () => {
    expect(openTexts(buurtteam, at("2026-12-03T10:00"), "vandaag")).toEqual({ codes: ["openNow"], reason: "Open now.", line: "Open now · closes at 17:00" });
    // Also without hurry: being open now is always worth saying.
    expect(openTexts(buurtteam, at("2026-12-03T16:59"), "geen-haast").codes).toEqual(["openNow"]);
  });

  it("after closing: nothing about today; within a week when that is what was asked", () => {
    expect(openTexts(buurtteam, at("2026-12-03T17:00"), "vandaag")).toEqual({ codes: [], reason: "", line: "Closed · opens tomorrow 08:30" });
    expect(openTexts(buurtteam, at("2026-12-03T17:00"), "deze-week")).toMatchObject({ codes: ["opensThisWeek"], reason: "Opens within a week." });
    expect(openTexts(buurtteam, at("2026-12-03T17:00"), "geen-haast").codes).toEqual([]);
  });

  it("an overnight span (Friday 16:00–09:30) is open in the small hours and says when it closes", () => {
    const overnight = [weekly("FR", "16:00", "09:30")];
    expect(openTexts(overnight, at("2026-12-05T01:30"), "vandaag")).toEqual({ codes: ["openNow"], reason: "Open now.", line: "Open now · closes at 09:30" });
    expect(openTexts(overnight, at("2026-12-04T15:00"), "vandaag")).toEqual({ codes: ["opensToday"], reason: "Opens later today.", line: "Closed · opens today 16:00" });
    expect(openTexts(overnight, at("2026-12-05T10:00"), "deze-week")).toEqual({ codes: ["opensThisWeek"], reason: "Opens within a week.", line: "Closed · opens Friday 16:00" });
    // An evening until 01:00: still open at 00:30, "closes at 01:00".
    const evening = [weekly("TH", "19:00", "01:00")];
    expect(openTexts(evening, at("2026-12-04T00:30"), "vandaag")).toEqual({ codes: ["openNow"], reason: "Open now.", line: "Open now · closes at 01:00" });
  });

  it("says nothing about opening when the hours are not known", () => {
    expect(openTexts([], at("2026-12-03T01:30"), "vandaag")).toEqual({ codes: [], reason: "", line: "Opening hours unknown" });
  });

  it("never contradicts the open line, at any moment, for any weekly rule (property)", () => {
    const minute = fc.integer({ min: 0, max: 1439 });
    const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.constantFrom(...WEEKDAYS), opens: minute, closes: minute }), { maxLength: 3 }),
        fc.integer({ min: 0, max: 14 * 24 * 60 - 1 }),
        fc.constantFrom<Urgency>("vandaag", "deze-week", "geen-haast"),
        fc.constantFrom<"nl" | "en">("nl", "en"),
        (specs, offset, urgency, locale) => {
          const rules = specs.filter((s) => s.opens !== s.closes).map((s) => weekly(s.day, clock(s.opens), clock(s.closes)));
          const now = new Date(at("2026-11-30T00:00").getTime() + offset * 60_000);
          const { codes, line } = openTexts(rules, now, urgency, locale);
          const openLine = line.startsWith(locale === "nl" ? "Nu open" : "Open now");
          const opensTodayLine = line.includes(locale === "nl" ? "opent vandaag" : "opens today");
          expect(codes.includes("openNow")).toBe(openLine);
          if (codes.includes("opensToday")) expect(opensTodayLine).toBe(true);
          if (urgency !== "geen-haast" && !openLine) expect(codes.includes("opensToday")).toBe(opensTodayLine);
          expect(codes.length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
