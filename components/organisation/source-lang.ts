import { useLocale } from "next-intl";

/**
 * Listings are written in Dutch. On a page in another language their text gets lang="nl", so a
 * screen reader pronounces it as Dutch (WCAG 3.1.2, language of parts); on Dutch pages nothing.
 */
export function useSourceLang(): "nl" | undefined {
  return useLocale() === "nl" ? undefined : "nl";
}
