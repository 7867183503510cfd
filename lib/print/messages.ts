// The printouts are built outside a page render (the PDF route handlers have no next-intl
// request context), so their copy comes straight from the message files. Pages use the same
// builder, so the HTML and the PDF always say the same thing.
import { createTranslator } from "next-intl";
import en from "../i18n/messages/en/print.json";
import nl from "../i18n/messages/nl/print.json";
import type { PrintLocale } from "./listing-url";

const MESSAGES = { nl, en } as const;

export function printTranslator(locale: PrintLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "Print" });
}

export type PrintTranslator = ReturnType<typeof printTranslator>;

const DATE_LOCALE: Record<PrintLocale, string> = { nl: "nl-NL", en: "en-GB" };

/** A @db.Date value (UTC midnight) as "maandag 24 december". */
export function formatDay(date: Date, locale: PrintLocale): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(date);
}

/** An instant as "1 december 2026", in Amsterdam. */
export function formatPrintDate(now: Date, locale: PrintLocale): string {
  return new Intl.DateTimeFormat(DATE_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" }).format(now);
}
