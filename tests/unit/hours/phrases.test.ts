// Opening hours in every language of the site: the grammar the templates get right (gender of
// Polish and Ukrainian ordinals, Polish weekday forms, Arabic word order), holiday names, and
// that no language ever falls back to Dutch or English words.
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { describeOpenState, describeRule, openState, weekSchedule, WEEKDAYS, type HoursLocale } from "@/lib/hours";
import { HOURS_PHRASES } from "@/lib/hours/phrases";
import { publicHolidayOn } from "@/lib/hours/public-holidays";
import { routing, type Locale } from "@/lib/i18n/routing";
import { closedOn, monthly, office, weekly } from "./fixtures";

const LOCALES = routing.locales;

describe("opening-hours phrases", () => {
  it("exist for exactly the site's languages", () => {
    expectTypeOf<HoursLocale>().toEqualTypeOf<Locale>();
    expect(Object.keys(HOURS_PHRASES).sort()).toEqual([...LOCALES].sort());
  });

  it("say when a place opens next in each language", () => {
    const now = new Date("2026-03-10T18:00:00.000Z"); // Tuesday evening
    const texts = Object.fromEntries(LOCALES.map((locale) => [locale, describeOpenState(openState(now, [weekly("WE", "10:00", "12:00")]), now, locale)]));
    expect(texts).toEqual({
      nl: "Gesloten · opent morgen 10:00",
      en: "Closed · opens tomorrow 10:00",
      ar: "مغلق · يفتح غدًا الساعة 10:00",
      tr: "Kapalı · açılış: yarın 10:00",
      pl: "Zamknięte · otwarcie jutro o 10:00",
      uk: "Зачинено · відчиняється завтра о 10:00",
    });
  });

  it("name a weekday in the form that follows 'opens'", () => {
    const now = new Date("2026-03-13T18:00:00.000Z"); // Friday evening; next opening Wednesday
    const state = openState(now, [weekly("WE", "10:00", "12:00")]);
    expect(describeOpenState(state, now, "pl")).toBe("Zamknięte · otwarcie w środę o 10:00");
    expect(describeOpenState(state, now, "uk")).toBe("Зачинено · відчиняється у середу о 10:00");
    expect(describeOpenState(state, now, "ar")).toBe("مغلق · يفتح يوم الأربعاء الساعة 10:00");
  });

  it("make ordinals agree with the weekday in Polish and Ukrainian, and put them after the day in Arabic", () => {
    expect(describeRule(monthly("SA", 1, "10:00", "13:00"), "pl")).toBe("pierwsza sobota miesiąca 10:00–13:00");
    expect(describeRule(monthly("TU", -1, "10:00", "13:00"), "pl")).toBe("ostatni wtorek miesiąca 10:00–13:00");
    expect(describeRule(monthly("FR", 1, "10:00", "13:00"), "uk")).toBe("перша пʼятниця місяця 10:00–13:00");
    expect(describeRule(monthly("MO", 2, "10:00", "13:00"), "uk")).toBe("другий понеділок місяця 10:00–13:00");
    // The range isolated left to right, as on the door.
    expect(describeRule(monthly("TU", 1, "10:00", "13:00"), "ar")).toBe("الثلاثاء الأول من الشهر \u206610:00–13:00\u2069");
    expect(describeRule(monthly("TU", 1, "10:00", "13:00"), "tr")).toBe("her ayın ilk salı günü 10:00–13:00");
  });

  it("name Dutch public holidays in every language", () => {
    const christmas = { year: 2026, month: 12, day: 25 };
    expect(LOCALES.map((locale) => publicHolidayOn(christmas, locale))).toEqual(["Kerstmis", "Christmas Day", "عيد الميلاد", "Noel", "Boże Narodzenie", "Різдво"]);
    const now = new Date("2026-12-25T10:00:00.000Z");
    expect(describeOpenState(openState(now, office, [], { language: "tr" }), now, "tr")).toMatch(/^Kapalı: Noel · açılış: /);
  });

  it("every holiday of the coming years has a name of our own in ar, tr, pl and uk", () => {
    for (let year = 2026; year <= 2032; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const english = publicHolidayOn({ year, month, day }, "en");
          if (!english) continue;
          for (const locale of ["ar", "tr", "pl", "uk"] as const) expect(HOURS_PHRASES[locale].holidays[english], `${locale}: ${english}`).toBeDefined();
        }
      }
    }
  });

  it("never mix in another language's words, for any schedule and moment", () => {
    const foreign: Record<string, RegExp> = { nl: /\b(open now|closes|opens|today)\b/i, en: /\b(vandaag|morgen|sluit|opent|gesloten)\b/i };
    const latinWords = /[A-Za-z]{3,}/;
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.constantFrom(...WEEKDAYS), opens: fc.integer({ min: 0, max: 47 }), length: fc.integer({ min: 1, max: 20 }) }), { maxLength: 4 }),
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        fc.constantFrom(...LOCALES),
        (specs, minutes, locale) => {
          const clock = (half: number) => `${String(Math.floor(half / 2) % 24).padStart(2, "0")}:${half % 2 ? "30" : "00"}`;
          const rules = specs.map((s) => weekly(s.day, clock(s.opens), clock(s.opens + s.length)));
          const now = new Date(Date.UTC(2026, 11, 1) + minutes * 60_000);
          const state = openState(now, rules, [closedOn("2026-12-31", "2026-12-31")], { language: locale });
          const texts = [describeOpenState(state, now, locale), ...weekSchedule(rules, locale).flatMap((d) => [d.name, ...d.slots.map((s) => s.text)])];
          for (const text of texts) {
            expect(text).not.toMatch(/undefined|null|NaN/);
            if (foreign[locale]) expect(text).not.toMatch(foreign[locale]);
            // Arabic and Ukrainian texts are in their own script; only holiday-free Latin is allowed (digits, ":", "–").
            if (locale === "ar" || locale === "uk") expect(text).not.toMatch(latinWords);
          }
        },
      ),
    );
  });
});
