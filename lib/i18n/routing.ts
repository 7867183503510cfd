import { defineRouting } from "next-intl/routing";

// Dutch at "/", the other languages under their own prefix ("/en", "/ar", …). No locale cookie
// and no Accept-Language redirects: anonymous visitors get no cookies, and a shared link shows
// the language it was shared in.
export const routing = defineRouting({
  locales: ["nl", "en", "ar", "tr", "pl", "uk"],
  defaultLocale: "nl",
  localePrefix: "as-needed",
  localeCookie: false,
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];

/**
 * Languages the whole site speaks. Residents' pages (map and list, organisation, wijk, help
 * finder, "Meld een fout", print pages and PDFs) are in every locale; pages for professionals
 * and organisations (the referral helper, networks, beheer) only in these two.
 */
export const FULL_LOCALES = ["nl", "en"] as const satisfies readonly Locale[];
export type FullLocale = (typeof FULL_LOCALES)[number];

export function isFullLocale(locale: string): locale is FullLocale {
  return (FULL_LOCALES as readonly string[]).includes(locale);
}

/** Languages written right to left: the page gets dir="rtl". */
export const RTL_LOCALES: readonly Locale[] = ["ar"];

export function directionOf(locale: string): "rtl" | "ltr" {
  return (RTL_LOCALES as readonly string[]).includes(locale) ? "rtl" : "ltr";
}
