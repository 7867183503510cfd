// Names residents read on the site in their own language, so that typing what the filter or
// the service says finds it (issue 11): the category names of the resident-only languages as
// translated in the message files (nl and en come from the database), and the name of every
// language in the list in each of the six languages, as Intl writes it on the site
// ("Arapça", "arabski", "арабська"). The hand-written forms in resident-words.ts (CATEGORY_NAMES,
// LANGUAGE_NAMES: "عربي", "turkce" without marks) stay next to these.
import ar from "../i18n/messages/ar/categories.json";
import pl from "../i18n/messages/pl/categories.json";
import tr from "../i18n/messages/tr/categories.json";
import uk from "../i18n/messages/uk/categories.json";
import { routing } from "../i18n/routing";

const TRANSLATIONS: { CategoryNames: Record<string, string> }[] = [ar, tr, pl, uk];

/**
 * slug → its names in ar, tr, pl and uk: as shown ("الإعانات (toeslagen)") and without the
 * Dutch word in brackets that translators add for the word on letters ("الإعانات").
 */
export function translatedCategoryNames(): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const { CategoryNames } of TRANSLATIONS) {
    for (const [slug, name] of Object.entries(CategoryNames)) {
      const list = names.get(slug) ?? [];
      const short = name.replace(/\s*\([^)]*\)\s*/g, " ").trim();
      for (const form of new Set([name, short])) if (form) list.push(form);
      names.set(slug, list);
    }
  }
  return names;
}

/** The name of the language `code` in each of the site's languages (where Intl knows it). */
export function languageNamesInSiteLanguages(code: string): string[] {
  const names = new Set<string>();
  for (const locale of routing.locales) {
    const name = new Intl.DisplayNames([locale], { type: "language", fallback: "none" }).of(code);
    if (name && name.toLowerCase() !== code) names.add(name);
  }
  return [...names];
}
