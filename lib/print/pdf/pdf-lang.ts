// The language a PDF declares (its /Lang, read by screen readers); PdfSheet also sets its lines
// right to left when this is Arabic.
import type { PrintLocale } from "../listing-url";

const PDF_LANG: Record<PrintLocale, string> = { nl: "nl-NL", en: "en-GB", ar: "ar", tr: "tr-TR", pl: "pl-PL", uk: "uk-UA" };

export function pdfLang(locale: PrintLocale): string {
  return PDF_LANG[locale];
}
