// The name of a category of help in the visitor's language. The database has two names, Dutch
// (`name`) and English (`nameEn`), kept by the site's editors; the resident-only languages
// (ar, tr, pl, uk) have theirs in the message files (<locale>/categories.json,
// CategoryNames.<slug>), written by translators. A category added to the database before it is
// translated shows its English name there, never a slug or an empty label;
// tests/unit/i18n/messages-complete.test.ts lists the ones still missing.
import type { AbstractIntlMessages } from "next-intl";
import { useLocale, useMessages } from "next-intl";

export type NamedCategory = { slug?: string; name: string; nameEn: string };
/** CategoryNames of the messages: slug → name. */
export type CategoryNames = Readonly<Record<string, unknown>>;

export function categoryName(category: NamedCategory, locale: string, names?: CategoryNames): string {
  if (locale === "nl") return category.name;
  if (locale === "en") return category.nameEn;
  const translated = category.slug ? names?.[category.slug] : undefined;
  return typeof translated === "string" && translated.trim() !== "" ? translated : category.nameEn;
}

/** The CategoryNames namespace of a language's messages (empty when it has none). */
export function categoryNamesOf(messages: AbstractIntlMessages): CategoryNames {
  const names = messages.CategoryNames;
  return typeof names === "object" && names !== null ? names : {};
}

/** In a component: `name(category)` in the page's language. */
export function useCategoryName(): (category: NamedCategory) => string {
  const locale = useLocale();
  const names = categoryNamesOf(useMessages());
  return (category) => categoryName(category, locale, names);
}
