import type { HoursPhrases } from "./types";

// "açılış: yarın 09:00" instead of a verb with a suffix on the time ("09:00'da açılır"):
// Turkish suffixes follow the sound of the number, which a template cannot know.
const ORDINALS = { 1: "ilk", 2: "ikinci", 3: "üçüncü", 4: "dördüncü", 5: "beşinci", [-1]: "son" } as const;
const WEEKDAYS = { MO: "pazartesi", TU: "salı", WE: "çarşamba", TH: "perşembe", FR: "cuma", SA: "cumartesi", SU: "pazar" } as const;

export const tr: HoursPhrases = {
  weekdays: WEEKDAYS,
  onWeekday: WEEKDAYS,
  months: ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
  ordinal: (week) => ORDINALS[week],
  today: "bugün",
  tomorrow: "yarın",
  onDate: (dayMonth) => dayMonth,
  closesAt: (time) => `kapanış: ${time}`,
  closesTonightAt: (time) => `kapanış: bu gece ${time}`,
  closesOn: (day, time) => `kapanış: ${day} ${time}`,
  opensOn: (day, time) => `açılış: ${day} ${time}`,
  unknown: "Açılış saatleri bilinmiyor",
  openNow: "Şu an açık",
  closed: "Kapalı",
  notOpenSoon: "önümüzdeki haftalarda açık değil",
  validFromTo: (from, to) => ` (${from} - ${to} arası)`,
  validFrom: (from) => ` (başlangıç: ${from})`,
  validTo: (to) => ` (bitiş: ${to})`,
  timeRange: (opens, closes) => `${opens}–${closes}`,
  onceAMonth: "ayda bir kez",
  weekdayOfMonth: (ordinal, day) => `her ayın ${ordinal} ${day} günü`,
  weekOfMonth: (ordinal, day) => `her ayın ${ordinal} ${day} günü`,
  holidays: {
    "New Year's Day": "Yılbaşı",
    "Easter Sunday": "Paskalya",
    "Easter Monday": "Paskalya Pazartesi",
    "King's Day": "Kral Günü",
    "Ascension Day": "Göğe Yükseliş Günü",
    Pentecost: "Pentekost",
    "Whit Monday": "Pentekost Pazartesi",
    "Christmas Day": "Noel",
    "Boxing Day": "Noel'in ikinci günü",
  },
};
