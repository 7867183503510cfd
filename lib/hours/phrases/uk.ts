import type { HoursPhrases } from "./types";
import type { Weekday } from "../types";

// Ordinals agree with the weekday's gender: "перший вівторок", "перша субота".
const FEMININE: ReadonlySet<Weekday> = new Set(["WE", "FR", "SA", "SU"]);
const MASCULINE = { 1: "перший", 2: "другий", 3: "третій", 4: "четвертий", 5: "пʼятий", [-1]: "останній" } as const;
const FEMININE_ORDINALS = { 1: "перша", 2: "друга", 3: "третя", 4: "четверта", 5: "пʼята", [-1]: "остання" } as const;

export const uk: HoursPhrases = {
  weekdays: { MO: "понеділок", TU: "вівторок", WE: "середа", TH: "четвер", FR: "пʼятниця", SA: "субота", SU: "неділя" },
  onWeekday: { MO: "у понеділок", TU: "у вівторок", WE: "у середу", TH: "у четвер", FR: "у пʼятницю", SA: "у суботу", SU: "у неділю" },
  // Genitive, as after a day number: "5 січня".
  months: ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
  ordinal: (week, day) => (FEMININE.has(day) ? FEMININE_ORDINALS : MASCULINE)[week],
  today: "сьогодні",
  tomorrow: "завтра",
  onDate: (dayMonth) => dayMonth,
  closesAt: (time) => `зачиняється о ${time}`,
  closesTonightAt: (time) => `зачиняється вночі о ${time}`,
  closesOn: (day, time) => `зачиняється ${day} о ${time}`,
  opensOn: (day, time) => `відчиняється ${day} о ${time}`,
  unknown: "Години роботи невідомі",
  openNow: "Зараз відчинено",
  closed: "Зачинено",
  notOpenSoon: "найближчими тижнями не працює",
  validFromTo: (from, to) => ` (з ${from} до ${to})`,
  validFrom: (from) => ` (з ${from})`,
  validTo: (to) => ` (до ${to})`,
  timeRange: (opens, closes) => `${opens}–${closes}`,
  onceAMonth: "раз на місяць",
  weekdayOfMonth: (ordinal, day) => `${ordinal} ${day} місяця`,
  weekOfMonth: (ordinal, day) => `${ordinal} ${day} місяця`,
  holidays: {
    "New Year's Day": "Новий рік",
    "Easter Sunday": "Великдень",
    "Easter Monday": "Великодній понеділок",
    "King's Day": "День короля",
    "Ascension Day": "Вознесіння",
    Pentecost: "Трійця",
    "Whit Monday": "другий день Трійці",
    "Christmas Day": "Різдво",
    "Boxing Day": "другий день Різдва",
  },
};
