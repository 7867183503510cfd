import type { HoursPhrases } from "./types";

const ORDINALS = { 1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", [-1]: "laatste" } as const;
const WEEKDAYS = { MO: "maandag", TU: "dinsdag", WE: "woensdag", TH: "donderdag", FR: "vrijdag", SA: "zaterdag", SU: "zondag" } as const;

export const nl: HoursPhrases = {
  weekdays: WEEKDAYS,
  onWeekday: WEEKDAYS,
  months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  ordinal: (week) => ORDINALS[week],
  today: "vandaag",
  tomorrow: "morgen",
  onDate: (dayMonth) => `op ${dayMonth}`,
  closesAt: (time) => `sluit om ${time}`,
  closesTonightAt: (time) => `sluit vannacht om ${time}`,
  closesOn: (day, time) => `sluit ${day} om ${time}`,
  opensOn: (day, time) => `opent ${day} ${time}`,
  unknown: "Openingstijden onbekend",
  openNow: "Nu open",
  closed: "Gesloten",
  notOpenSoon: "voorlopig niet open",
  validFromTo: (from, to) => ` (van ${from} tot en met ${to})`,
  validFrom: (from) => ` (vanaf ${from})`,
  validTo: (to) => ` (tot en met ${to})`,
  timeRange: (opens, closes) => `${opens}–${closes}`,
  onceAMonth: "één keer per maand",
  weekdayOfMonth: (ordinal, day) => `${ordinal} ${day} van de maand`,
  weekOfMonth: (ordinal) => `${ordinal} van de maand`,
  // date-holidays names them in Dutch itself (lib/hours/public-holidays.ts).
  holidays: {},
};
