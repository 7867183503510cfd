// Language and weekday names from Intl, so they follow the page's language without a list
// of our own to keep up to date. Computed on the server only: browsers ship different ICU
// data, and the text must be the same before and after hydration.
import { WEEKDAY_PARAMS } from "@/lib/search/schemas";

export type WeekdayParam = (typeof WEEKDAY_PARAMS)[number];

/**
 * The language's name in the page's language, e.g. "Arabisch". `extra` covers codes ICU does
 * not name (ber, Tamazight), and otherwise the code itself is better than nothing.
 */
export function languageName(code: string, locale: string, extra?: (code: string) => string | undefined): string {
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
  } catch {
    // Not a well-formed code: the caller's name or the code itself.
  }
  return name ?? extra?.(code) ?? code;
}

/** The language's name in that language ("العربية"), when ICU knows it and it differs. */
export function autonym(code: string, locale: string): string | undefined {
  try {
    const own = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
    if (!own || own === code || own === languageName(code, locale)) return undefined;
    return own;
  } catch {
    return undefined;
  }
}

/** "maandag" … "zondag" for mo … su. 1 January 2024 was a Monday. */
export function weekdayNames(locale: string): Record<WeekdayParam, string> {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  return Object.fromEntries(
    WEEKDAY_PARAMS.map((param, index) => [param, format.format(new Date(Date.UTC(2024, 0, 1 + index)))]),
  ) as Record<WeekdayParam, string>;
}
