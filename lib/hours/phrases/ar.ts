import type { HoursPhrases } from "./types";

// The ordinal follows the day and agrees with يوم (masculine): "الثلاثاء الأول من الشهر".
const ORDINALS = { 1: "الأول", 2: "الثاني", 3: "الثالث", 4: "الرابع", 5: "الخامس", [-1]: "الأخير" } as const;
const WEEKDAYS = { MO: "الاثنين", TU: "الثلاثاء", WE: "الأربعاء", TH: "الخميس", FR: "الجمعة", SA: "السبت", SU: "الأحد" } as const;

export const ar: HoursPhrases = {
  weekdays: WEEKDAYS,
  onWeekday: { MO: "يوم الاثنين", TU: "يوم الثلاثاء", WE: "يوم الأربعاء", TH: "يوم الخميس", FR: "يوم الجمعة", SA: "يوم السبت", SU: "يوم الأحد" },
  // The month names used in Morocco and Egypt, where most Arabic speakers in Utrecht come from.
  months: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
  ordinal: (week) => ORDINALS[week],
  today: "اليوم",
  tomorrow: "غدًا",
  onDate: (dayMonth) => `في ${dayMonth}`,
  closesAt: (time) => `يغلق الساعة ${time}`,
  closesTonightAt: (time) => `يغلق الليلة الساعة ${time}`,
  closesOn: (day, time) => `يغلق ${day} الساعة ${time}`,
  opensOn: (day, time) => `يفتح ${day} الساعة ${time}`,
  unknown: "أوقات الفتح غير معروفة",
  openNow: "مفتوح الآن",
  closed: "مغلق",
  notOpenSoon: "لن يفتح في الأسابيع القادمة",
  validFromTo: (from, to) => ` (من ${from} إلى ${to})`,
  validFrom: (from) => ` (ابتداءً من ${from})`,
  validTo: (to) => ` (حتى ${to})`,
  // Isolated left to right (U+2066…U+2069): "09:00–12:00" as on the door and the client's
  // handout; left to the page's direction the range would read "12:00–09:00".
  timeRange: (opens, closes) => `\u2066${opens}–${closes}\u2069`,
  onceAMonth: "مرة واحدة في الشهر",
  weekdayOfMonth: (ordinal, day) => `${day} ${ordinal} من الشهر`,
  weekOfMonth: (ordinal, day) => `${day} ${ordinal} من الشهر`,
  holidays: {
    "New Year's Day": "رأس السنة الميلادية",
    "Easter Sunday": "عيد الفصح",
    "Easter Monday": "ثاني أيام عيد الفصح",
    "King's Day": "يوم الملك",
    "Ascension Day": "عيد الصعود",
    Pentecost: "عيد العنصرة",
    "Whit Monday": "ثاني أيام عيد العنصرة",
    "Christmas Day": "عيد الميلاد",
    "Boxing Day": "ثاني أيام عيد الميلاد",
  },
};
