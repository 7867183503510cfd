// Printed paper cannot be clicked: the QR code and the short link under it must lead to the
// live listing, so the reader always sees today's hours instead of the ones on the paper.
import { routing, type Locale } from "../i18n/routing";

/** Printouts (HTML and PDF) are in every language of residents' pages. */
export type PrintLocale = Locale;
export type ListingKind = "organisation" | "wijk";

const SECTION: Record<ListingKind, string> = { organisation: "organisaties", wijk: "wijken" };

/** The language itself, or Dutch (the site's default, without a prefix) for anything unknown. */
export function printLocale(locale: string): PrintLocale {
  return (routing.locales as readonly string[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
}

/** "" for Dutch, "/en", "/ar", … for the others. */
function prefixOf(locale: PrintLocale): string {
  return locale === routing.defaultLocale ? "" : `/${locale}`;
}

/**
 * The public address of the site: NEXTAUTH_URL when set (behind a proxy the request may name
 * an internal host), otherwise the origin the request came in on. No trailing slash.
 */
export function siteOrigin(configuredUrl: string | undefined, requestOrigin: string): string {
  const base = configuredUrl ? new URL(configuredUrl).origin : new URL(requestOrigin).origin;
  return base.replace(/\/+$/, "");
}

/** The absolute address of a public listing, in the language of the printout. */
export function listingUrl(origin: string, locale: PrintLocale, kind: ListingKind, slug: string): string {
  const prefix = prefixOf(locale);
  return `${origin}${prefix}/${SECTION[kind]}/${encodeURIComponent(slug)}`;
}

/** The same address without "https://", short enough to type over from paper. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/^www\./, "");
}

/**
 * Where the PDF of a printout is served: next to its HTML page, Dutch without a prefix like
 * every other page. Not built with the i18n Link: these are files, not pages.
 */
export function pdfPath(locale: PrintLocale, kind: ListingKind, slug: string): string {
  const prefix = prefixOf(locale);
  const file = kind === "organisation" ? "folder.pdf" : "wijkkaart.pdf";
  return `${prefix}/${SECTION[kind]}/${encodeURIComponent(slug)}/${file}`;
}
