// Which language a listing's text is shown in (ADR 0012): the visitor's, when the coordinator
// wrote a translation for it, otherwise the Dutch original — and the page says so. Pure: the
// queries fetch only the visitor's locale's translation rows and pass them here.

/** The language a shown text is in: the visitor's locale, or "nl" for the original. */
export type TextLanguage = string;

export type ShownText<T extends string | null> = { text: T; lang: TextLanguage };

/** The translation when there is one (and the original has something to translate), else the original. */
export function shownText<T extends string | null>(original: T, translated: string | null | undefined, locale: string): ShownText<T> {
  if (locale !== "nl" && translated && original !== null) return { text: translated as T, lang: locale };
  return { text: original, lang: "nl" };
}

/** The one translation row of the visitor's locale among `rows` (queries fetch at most that one). */
export function rowFor<R extends { locale: string }>(rows: readonly R[] | undefined, locale: string): R | undefined {
  return rows?.find((row) => row.locale === locale);
}
