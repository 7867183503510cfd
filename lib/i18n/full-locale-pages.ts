// Pages for professionals and organisations (the referral helper, networks, beheer, the dev
// mailbox) speak only the full languages (routing.ts FULL_LOCALES); residents' pages speak all
// six. One rule for the proxy (which sends /ar/beheer to /beheer), the header's menu (which
// links those pages in Dutch from an Arabic page) and the language switcher (which offers only
// Dutch and English on them).
import { isFullLocale, routing } from "./routing";

/** First path segments of the pages that exist only in nl and en; everything below them too. */
export const FULL_LOCALE_SECTIONS = ["verwijzen", "netwerk", "netwerken", "beheer", "dev"] as const;

/**
 * Single nl/en-only pages whose sub-pages speak all six: the developers' page (API, licence,
 * for developers) — its /ontwikkelaars/insluiten, for partners' web editors, is in all six.
 */
export const FULL_LOCALE_SINGLE_PAGES = ["/ontwikkelaars"] as const;

/** Whether a path without its locale prefix ("/beheer/inloggen") is a nl/en-only page. */
export function isFullLocalePage(pathname: string): boolean {
  const first = pathname.split("/")[1] ?? "";
  const page = pathname.replace(/\/+$/, "") || "/";
  return (FULL_LOCALE_SECTIONS as readonly string[]).includes(first) || (FULL_LOCALE_SINGLE_PAGES as readonly string[]).includes(page);
}

/**
 * Where to send a request for a nl/en-only page under a resident-only language
 * ("/ar/beheer?x=1" → "/beheer?x=1", Dutch: the professionals' language here), or null when the
 * page exists in that language. Relative, so it holds behind any proxy or hostname (see
 * dutch-rewrites.ts for what an absolute URL built from the request can do).
 */
export function fullLocaleRedirect(pathname: string, search: string): string | null {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match) return null;
  const [, locale, rest = "/"] = match;
  if (!(routing.locales as readonly string[]).includes(locale) || isFullLocale(locale)) return null;
  if (!isFullLocalePage(rest)) return null;
  return `${rest}${search}`;
}

/** "/ar/beheer" → "/beheer", "/en" → "/", "/wijken" → "/wijken". */
export function withoutLocale(pathname: string): string {
  const [, first = "", ...rest] = pathname.split("/");
  return (routing.locales as readonly string[]).includes(first) ? `/${rest.join("/")}` : pathname;
}

/**
 * next-intl's Link header names the page in every language (rel="alternate" hreflang, what
 * search engines read instead of <link> tags in the page). A nl/en-only page has no Arabic,
 * Turkish, Polish or Ukrainian version: those entries (which would redirect) are left out.
 */
export function fullLocaleAlternates(linkHeader: string): string {
  return linkHeader
    .split(/,\s*(?=<)/)
    .filter((entry) => {
      const hreflang = /hreflang="([^"]+)"/.exec(entry)?.[1];
      return hreflang === undefined || hreflang === "x-default" || isFullLocale(hreflang);
    })
    .join(", ");
}
