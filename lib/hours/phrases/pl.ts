import type { HoursPhrases } from "./types";
import type { Weekday } from "../types";

// Ordinals agree with the weekday's gender: "pierwszy wtorek", "pierwsza sobota".
const FEMININE: ReadonlySet<Weekday> = new Set(["WE", "SA", "SU"]);
const MASCULINE = { 1: "pierwszy", 2: "drugi", 3: "trzeci", 4: "czwarty", 5: "piąty", [-1]: "ostatni" } as const;
const FEMININE_ORDINALS = { 1: "pierwsza", 2: "druga", 3: "trzecia", 4: "czwarta", 5: "piąta", [-1]: "ostatnia" } as const;

export const pl: HoursPhrases = {
  weekdays: { MO: "poniedziałek", TU: "wtorek", WE: "środa", TH: "czwartek", FR: "piątek", SA: "sobota", SU: "niedziela" },
  onWeekday: { MO: "w poniedziałek", TU: "we wtorek", WE: "w środę", TH: "w czwartek", FR: "w piątek", SA: "w sobotę", SU: "w niedzielę" },
  // Genitive, as after a day number: "5 stycznia".
  months: ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
  ordinal: (week, day) => (FEMININE.has(day) ? FEMININE_ORDINALS : MASCULINE)[week],
  today: "dziś",
  tomorrow: "jutro",
  onDate: (dayMonth) => dayMonth,
  closesAt: (time) => `zamknięcie o ${time}`,
  closesTonightAt: (time) => `zamknięcie w nocy o ${time}`,
  closesOn: (day, time) => `zamknięcie ${day} o ${time}`,
  opensOn: (day, time) => `otwarcie ${day} o ${time}`,
  unknown: "Godziny otwarcia nieznane",
  openNow: "Teraz otwarte",
  closed: "Zamknięte",
  notOpenSoon: "nieczynne w najbliższych tygodniach",
  validFromTo: (from, to) => ` (od ${from} do ${to})`,
  validFrom: (from) => ` (od ${from})`,
  validTo: (to) => ` (do ${to})`,
  timeRange: (opens, closes) => `${opens}–${closes}`,
  onceAMonth: "raz w miesiącu",
  weekdayOfMonth: (ordinal, day) => `${ordinal} ${day} miesiąca`,
  weekOfMonth: (ordinal, day) => `${ordinal} ${day} miesiąca`,
  holidays: {
    "New Year's Day": "Nowy Rok",
    "Easter Sunday": "Wielkanoc",
    "Easter Monday": "Poniedziałek Wielkanocny",
    "King's Day": "Dzień Króla",
    "Ascension Day": "Wniebowstąpienie",
    Pentecost: "Zielone Świątki",
    "Whit Monday": "drugi dzień Zielonych Świątek",
    "Christmas Day": "Boże Narodzenie",
    "Boxing Day": "drugi dzień Bożego Narodzenia",
  },
};
