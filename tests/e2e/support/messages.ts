// The texts a page shows in a language, read from the message files exactly as the app merges
// them (lib/i18n/request.ts): tests in Arabic or Turkish look for the words the translators
// wrote instead of copying them, so a changed translation does not break a journey.
import { readFileSync } from "node:fs";
import { createTranslator, type AbstractIntlMessages } from "next-intl";
import path from "node:path";
import { mergeMessages, type Messages } from "@/lib/i18n/merge-messages";
import { PARTS, PUBLIC_PARTS } from "@/lib/i18n/message-parts";
import { isFullLocale, type Locale } from "@/lib/i18n/routing";

const DIR = path.join(process.cwd(), "lib", "i18n", "messages");

function parts(locale: Locale, names: readonly string[]): Messages {
  return names.reduce<Messages>((all, name) => mergeMessages(all, JSON.parse(readFileSync(path.join(DIR, locale, `${name}.json`), "utf8")) as Messages), {});
}

export function messagesOf(locale: Locale): Messages {
  return isFullLocale(locale) ? parts(locale, PARTS) : mergeMessages(parts("en", PARTS), parts(locale, PUBLIC_PARTS));
}

/** The plain text at a dotted path ("Search.filters.wijk"); throws when it is missing. */
export function textOf(messages: Messages, key: string): string {
  let value: unknown = messages;
  for (const part of key.split(".")) value = typeof value === "object" && value !== null ? (value as Messages)[part] : undefined;
  if (typeof value !== "string") throw new Error(`No text at ${key}`);
  return value;
}

/** A translator for one namespace of a language, for texts with arguments or plurals. */
export function translatorOf(locale: Locale, namespace: string): (key: string, values?: Record<string, string | number>) => string {
  // Keys are plain strings here: the files are read at run time, so next-intl cannot type them.
  const translate = createTranslator({ locale, messages: messagesOf(locale) as AbstractIntlMessages }) as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (key, values) => translate(`${namespace}.${key}`, values);
}
