// The handout's texts in its own language, which need not be the page's: a professional on the
// Dutch helper prints an Arabic sheet. Read as lib/i18n/request.ts reads a language: Dutch and
// English from their files, a resident-only language (ar, tr, pl, uk) from its translators'
// print.json over the English one, so a text not yet translated shows in English, never breaks.
import { createTranslator } from "next-intl";
import en from "../i18n/messages/en/print.json";
import nl from "../i18n/messages/nl/print.json";
import type { HandoutLocale, HandoutTranslator } from "./handout";

type Messages = Record<string, unknown>;

const isObject = (value: unknown): value is Messages => typeof value === "object" && value !== null && !Array.isArray(value);

/** `over` on top of `base`, key by key, as lib/i18n/request.ts does (without its Next imports). */
function mergeMessages(base: Messages, over: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] = isObject(below) && isObject(value) ? mergeMessages(below, value) : value;
  }
  return merged;
}

async function translatorsFile(locale: HandoutLocale): Promise<Messages> {
  try {
    return (await import(`../i18n/messages/${locale}/print.json`)).default as Messages;
  } catch {
    // Not translated yet: English.
    return {};
  }
}

export async function handoutMessages(locale: HandoutLocale): Promise<Messages> {
  if (locale === "nl") return nl;
  if (locale === "en") return en;
  return mergeMessages(en, await translatorsFile(locale));
}

export async function handoutTranslator(locale: HandoutLocale): Promise<HandoutTranslator> {
  const translate = createTranslator({ locale, messages: await handoutMessages(locale), namespace: "Print" });
  return (key, values) => (translate as unknown as HandoutTranslator)(key, values);
}
