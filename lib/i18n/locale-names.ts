// Each language named in itself, so that someone who cannot read the page still finds theirs.
import type { Locale } from "./routing";

export const LOCALE_NAMES: Record<Locale, string> = {
  nl: "Nederlands",
  en: "English",
  ar: "العربية",
  tr: "Türkçe",
  pl: "Polski",
  uk: "Українська",
};
