import { describe, expect, it } from "vitest";
import { describeOpenState, describeRule, openState, weekSchedule, type OpenState } from "@/lib/hours";
import { closedOn, day, monthly, office, weekly } from "./fixtures";

function both(now: Date, state: OpenState): [string, string] {
  return [describeOpenState(state, now, "nl"), describeOpenState(state, now, "en")];
}

describe("describeOpenState", () => {
  it("open: closes at", () => {
    const now = new Date("2026-03-10T13:00:00.000Z");
    expect(both(now, openState(now, office))).toEqual(["Nu open · sluit om 17:00", "Open now · closes at 17:00"]);
  });

  it("open past midnight: closes tonight", () => {
    const now = new Date("2026-03-13T21:00:00.000Z");
    expect(both(now, openState(now, [weekly("FR", "19:00", "01:00")]))).toEqual([
      "Nu open · sluit vannacht om 01:00",
      "Open now · closes tonight at 01:00",
    ]);
  });

  it("open through the night into the next afternoon: names the day", () => {
    const now = new Date("2026-03-13T21:00:00.000Z");
    const rules = [weekly("FR", "19:00", "00:00"), weekly("SA", "00:00", "15:00")];
    expect(both(now, openState(now, rules))).toEqual(["Nu open · sluit morgen om 15:00", "Open now · closes tomorrow at 15:00"]);
  });

  it("closed for lunch: opens today", () => {
    const now = new Date("2026-03-10T11:30:00.000Z");
    const rules = [weekly("TU", "09:00", "12:00"), weekly("TU", "13:00", "17:00")];
    expect(both(now, openState(now, rules))).toEqual(["Gesloten · opent vandaag 13:00", "Closed · opens today 13:00"]);
  });

  it("closed in the evening: opens tomorrow", () => {
    const now = new Date("2026-03-10T18:00:00.000Z");
    expect(both(now, openState(now, [weekly("WE", "10:00", "12:00")]))).toEqual(["Gesloten · opent morgen 10:00", "Closed · opens tomorrow 10:00"]);
  });

  it("closed on Friday: opens Tuesday", () => {
    const now = new Date("2026-03-13T18:00:00.000Z");
    expect(both(now, openState(now, [weekly("TU", "09:00", "12:00")]))).toEqual(["Gesloten · opent dinsdag 09:00", "Closed · opens Tuesday 09:00"]);
  });

  it("exactly a week away: a date, since 'dinsdag' would mean today's weekday", () => {
    const now = new Date("2026-03-10T12:00:00.000Z");
    expect(both(now, openState(now, [weekly("TU", "09:00", "12:00")]))).toEqual(["Gesloten · opent op 17 maart 09:00", "Closed · opens on 17 March 09:00"]);
  });

  it("closed for the Christmas holiday: reason and a date", () => {
    const now = new Date("2026-12-21T11:00:00.000Z"); // Monday 12:00
    const state = openState(now, [weekly("TU", "10:00", "12:00")], [closedOn("2026-12-19", "2027-01-04", "Kerstvakantie")]);
    expect(both(now, state)).toEqual(["Gesloten: Kerstvakantie · opent op 5 januari 10:00", "Closed: Kerstvakantie · opens on 5 January 10:00"]);
  });

  it("closed on a public holiday: the holiday's name", () => {
    const now = new Date("2026-12-25T10:00:00.000Z");
    expect(describeOpenState(openState(now, office), now, "nl")).toBe("Gesloten: Kerstmis · opent maandag 09:00");
    expect(describeOpenState(openState(now, office, [], { language: "en" }), now, "en")).toBe("Closed: Christmas Day · opens Monday 09:00");
  });

  it("closed with no opening in sight", () => {
    const now = new Date("2026-03-10T12:00:00.000Z");
    const state = openState(now, [weekly("TU", "09:00", "12:00", { validTo: day("2026-03-01") })]);
    expect(both(now, state)).toEqual(["Gesloten · voorlopig niet open", "Closed · not open in the coming weeks"]);
  });

  it("unknown", () => {
    const now = new Date("2026-03-10T12:00:00.000Z");
    expect(both(now, openState(now, []))).toEqual(["Openingstijden onbekend", "Opening hours unknown"]);
  });
});

describe("describeRule", () => {
  it("weekly", () => {
    expect(describeRule(weekly("TU", "9:00", "12:00"), "nl")).toBe("dinsdag 09:00–12:00");
    expect(describeRule(weekly("TU", "09:00", "12:00"), "en")).toBe("Tuesday 09:00–12:00");
  });

  it("monthly: first and last", () => {
    expect(describeRule(monthly("SA", 1, "10:00", "13:00"), "nl")).toBe("eerste zaterdag van de maand 10:00–13:00");
    expect(describeRule(monthly("SA", 1, "10:00", "13:00"), "en")).toBe("first Saturday of the month 10:00–13:00");
    expect(describeRule(monthly("FR", -1, "14:00", "16:00"), "nl")).toBe("laatste vrijdag van de maand 14:00–16:00");
    expect(describeRule(monthly("FR", -1, "14:00", "16:00"), "en")).toBe("last Friday of the month 14:00–16:00");
  });

  it("past midnight and with validity", () => {
    expect(describeRule(weekly("FR", "19:00", "01:00"), "nl")).toBe("vrijdag 19:00–01:00");
    const seasonal = weekly("WE", "13:00", "15:00", { validFrom: day("2026-03-01"), validTo: day("2026-06-30") });
    expect(describeRule(seasonal, "nl")).toBe("woensdag 13:00–15:00 (van 1 maart 2026 tot en met 30 juni 2026)");
    expect(describeRule(seasonal, "en")).toBe("Wednesday 13:00–15:00 (1 March 2026 to 30 June 2026)");
    expect(describeRule({ ...seasonal, validTo: null }, "nl")).toBe("woensdag 13:00–15:00 (vanaf 1 maart 2026)");
    expect(describeRule({ ...seasonal, validFrom: null }, "en")).toBe("Wednesday 13:00–15:00 (until 30 June 2026)");
  });
});

describe("weekSchedule", () => {
  const rules = [
    weekly("TU", "13:00", "17:00", { description: "alleen op afspraak" }),
    monthly("SA", 1, "10:00", "13:00"),
    weekly("TU", "09:00", "12:00"),
    weekly("MO", "09:00", "12:00", { validTo: day("2026-02-28") }),
  ];

  it("lists all seven days Monday first, each day's slots by opening time", () => {
    const week = weekSchedule(rules, "nl");
    expect(week.map((d) => d.name)).toEqual(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]);
    expect(week.map((d) => d.slots.map((s) => s.text))).toEqual([
      ["09:00–12:00 (tot en met 28 februari 2026)"],
      ["09:00–12:00", "13:00–17:00"],
      [],
      [],
      [],
      ["10:00–13:00 (eerste van de maand)"],
      [],
    ]);
    expect(week[1].slots[1]).toEqual({ opensAt: "13:00", closesAt: "17:00", text: "13:00–17:00", description: "alleen op afspraak" });
  });

  it("in English, without rules that have ended before now", () => {
    const week = weekSchedule(rules, "en", { now: new Date("2026-03-10T12:00:00.000Z") });
    expect(week[0]).toEqual({ weekday: "MO", name: "Monday", slots: [] });
    expect(week[5].slots.map((s) => s.text)).toEqual(["10:00–13:00 (first of the month)"]);
  });
});
