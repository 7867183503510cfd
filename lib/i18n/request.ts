import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { isFullLocale, routing, type Locale } from "./routing";

// Messages are split by area of the site (one JSON file each per language) so that people
// translating or reviewing one part do not need to read the rest; here they become one object.
const PARTS = ["common", "home", "detail", "forms", "beheer", "listing", "hours-editor", "history", "access", "moderation", "referrals", "referral-helper", "network", "print", "gaps", "help-finder", "categories"] as const;

/**
 * What a resident-only language (ar, tr, pl, uk) has of its own: the residents' pages, and in
 * "extras" the few texts of other parts that residents see (the "Meld een fout" form, networks
 * on an organisation page). lib/i18n/public-messages.ts says which; a test checks they are all there.
 */
export const PUBLIC_PARTS = ["common", "home", "detail", "forms", "print", "help-finder", "categories", "extras"] as const;

type Messages = Record<string, unknown>;

function isObject(value: unknown): value is Messages {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `over` on top of `base`, key by key (both are our own JSON files, never visitor input). */
export function mergeMessages(base: Messages, over: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] = isObject(below) && isObject(value) ? mergeMessages(below, value) : value;
  }
  return merged;
}

async function loadParts(locale: Locale, parts: readonly string[]): Promise<Messages> {
  const loaded = await Promise.all(parts.map((part) => import(`./messages/${locale}/${part}.json`)));
  return loaded.reduce<Messages>((all, part) => mergeMessages(all, part.default as Messages), {});
}

export async function loadMessages(locale: Locale): Promise<Messages> {
  if (isFullLocale(locale)) return loadParts(locale, PARTS);
  // A resident-only language: its own texts over the English ones, so that a text of a page it
  // does not have (they redirect, proxy.ts) can never crash a page; the test keeps residents'
  // texts complete.
  return mergeMessages(await loadParts("en", PARTS), await loadParts(locale, PUBLIC_PARTS));
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: "Europe/Amsterdam", messages: await loadMessages(locale) };
});
