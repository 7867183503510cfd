import type { HoursPhrases } from "./types";

const ORDINALS = { 1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", [-1]: "last" } as const;
const WEEKDAYS = { MO: "Monday", TU: "Tuesday", WE: "Wednesday", TH: "Thursday", FR: "Friday", SA: "Saturday", SU: "Sunday" } as const;

export const en: HoursPhrases = {
  weekdays: WEEKDAYS,
  onWeekday: WEEKDAYS,
  months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  ordinal: (week) => ORDINALS[week],
  today: "today",
  tomorrow: "tomorrow",
  onDate: (dayMonth) => `on ${dayMonth}`,
  closesAt: (time) => `closes at ${time}`,
  closesTonightAt: (time) => `closes tonight at ${time}`,
  closesOn: (day, time) => `closes ${day} at ${time}`,
  opensOn: (day, time) => `opens ${day} ${time}`,
  unknown: "Opening hours unknown",
  openNow: "Open now",
  closed: "Closed",
  notOpenSoon: "not open in the coming weeks",
  validFromTo: (from, to) => ` (${from} to ${to})`,
  validFrom: (from) => ` (from ${from})`,
  validTo: (to) => ` (until ${to})`,
  timeRange: (opens, closes) => `${opens}–${closes}`,
  onceAMonth: "once a month",
  weekdayOfMonth: (ordinal, day) => `${ordinal} ${day} of the month`,
  weekOfMonth: (ordinal) => `${ordinal} of the month`,
  // date-holidays names them in English itself.
  holidays: {},
};
