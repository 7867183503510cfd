import { defineRouting } from "next-intl/routing";

// Dutch at "/", English at "/en". No locale cookie and no Accept-Language redirects:
// anonymous visitors get no cookies, and a shared link shows the language it was shared in.
export const routing = defineRouting({
  locales: ["nl", "en"],
  defaultLocale: "nl",
  localePrefix: "as-needed",
  localeCookie: false,
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];
