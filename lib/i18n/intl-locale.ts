// The locale we hand to Intl formatters ourselves. Arabic with Latin digits (0-9): the phone
// numbers, postcodes, house numbers and opening times on the door and on letters in Utrecht
// are written that way, and Moroccan Arabic — most Arabic speakers here — uses them too; a
// time in Arabic-Indic digits (٠٩:٣٠) would not match the sign at the door. CLDR already
// makes "latn" the default for "ar", but browsers' ICU versions differ, so it is pinned.
import type { HoursLocale } from "../hours/types";
import { routing, type Locale } from "./routing";

export function intlLocale(locale: string): string {
  return locale === "ar" ? "ar-u-nu-latn" : locale;
}

/** The language of opening-hours texts (lib/hours/phrases: one file per language of the site). */
export function hoursLocaleOf(locale: string): HoursLocale {
  return (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
}
