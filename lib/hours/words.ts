// Day, month and ordinal words. Written out instead of taken from Intl so the texts are
// the same in every browser and Node build, and stay plain (B1) Dutch.
import type { HoursLocale, Weekday } from "./types";

export const WEEKDAY_NAMES: Record<HoursLocale, Record<Weekday, string>> = {
  nl: { MO: "maandag", TU: "dinsdag", WE: "woensdag", TH: "donderdag", FR: "vrijdag", SA: "zaterdag", SU: "zondag" },
  en: { MO: "Monday", TU: "Tuesday", WE: "Wednesday", TH: "Thursday", FR: "Friday", SA: "Saturday", SU: "Sunday" },
};

const MONTH_NAMES: Record<HoursLocale, readonly string[]> = {
  nl: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

export function monthName(month: number, locale: HoursLocale): string {
  return MONTH_NAMES[locale][month - 1];
}

const ORDINALS: Record<HoursLocale, Record<number, string>> = {
  nl: { 1: "eerste", 2: "tweede", 3: "derde", 4: "vierde", 5: "vijfde", [-1]: "laatste" },
  en: { 1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", [-1]: "last" },
};

/** "eerste", "laatste", …; null for a week number the schema does not allow. */
export function weekOrdinal(weekOfMonth: number | null, locale: HoursLocale): string | null {
  return weekOfMonth === null ? null : (ORDINALS[locale][weekOfMonth] ?? null);
}
