import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing, type Locale } from "./routing";

// Messages are split by area of the site (one JSON file each per language) so that people
// translating or reviewing one part do not need to read the rest; here they become one object.
const PARTS = ["common", "home", "detail", "forms", "beheer", "listing", "hours-editor", "history", "access", "moderation", "referrals", "referral-helper", "network", "print", "gaps"] as const;

async function loadMessages(locale: Locale) {
  const parts = await Promise.all(PARTS.map((part) => import(`./messages/${locale}/${part}.json`)));
  return Object.assign({}, ...parts.map((part) => part.default));
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, timeZone: "Europe/Amsterdam", messages: await loadMessages(locale) };
});
