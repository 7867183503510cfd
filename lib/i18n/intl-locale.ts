// The locale we hand to Intl formatters ourselves. Arabic with Latin digits (0-9): the phone
// numbers, postcodes, house numbers and opening times on the door and on letters in Utrecht
// are written that way, and Moroccan Arabic — most Arabic speakers here — uses them too; a
// time in Arabic-Indic digits (٠٩:٣٠) would not match the sign at the door. CLDR already
// makes "latn" the default for "ar", but browsers' ICU versions differ, so it is pinned.
import type { HoursLocale } from "../hours/types";

export function intlLocale(locale: string): string {
  return locale === "ar" ? "ar-u-nu-latn" : locale;
}

/**
 * The language of opening-hours texts (lib/hours: "Nu open · sluit om 17:00"), which are
 * written in Dutch and English only so far: the resident-only languages get the English ones.
 */
export function hoursLocaleOf(locale: string): HoursLocale {
  return locale === "nl" ? "nl" : "en";
}
