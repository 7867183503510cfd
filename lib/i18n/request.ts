import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { mergeMessages, type Messages } from "./merge-messages";
import { PARTS, PUBLIC_PARTS } from "./message-parts";
import { isFullLocale, routing, type Locale } from "./routing";

export { PUBLIC_PARTS } from "./message-parts";

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
