// The printouts are built outside a page render (the PDF route handlers have no next-intl
// request context), so their copy comes from the message files, loaded as a page would load
// them (a resident-only language over English, lib/i18n/request.ts). Pages use the same
// builder, so the HTML and the PDF always say the same thing.
import { createTranslator } from "next-intl";
import { intlLocale } from "../i18n/intl-locale";
import { loadMessages } from "../i18n/request";
import type { PrintLocale } from "./listing-url";

export async function printTranslator(locale: PrintLocale) {
  const messages = (await loadMessages(locale)) as { Print: Record<string, string> };
  return createTranslator({ locale, messages, namespace: "Print" });
}

export type PrintTranslator = Awaited<ReturnType<typeof printTranslator>>;

const DATE_LOCALE: Record<PrintLocale, string> = { nl: "nl-NL", en: "en-GB", ar: intlLocale("ar"), tr: "tr-TR", pl: "pl-PL", uk: "uk-UA" };

/** A @db.Date value (UTC midnight) as "maandag 24 december". */
export function formatDay(date: Date, locale: PrintLocale): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(date);
}

/** An instant as "1 december 2026", in Amsterdam. */
export function formatPrintDate(now: Date, locale: PrintLocale): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(now);
}
