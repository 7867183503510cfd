// Printed paper cannot be clicked: the QR code and the short link under it must lead to the
// live listing, so the reader always sees today's hours instead of the ones on the paper.

export type PrintLocale = "nl" | "en";
export type ListingKind = "organisation" | "wijk";

const SECTION: Record<ListingKind, string> = { organisation: "organisaties", wijk: "wijken" };

/** "nl" for anything but "en": the site's default language is Dutch, without a prefix. */
export function printLocale(locale: string): PrintLocale {
  return locale === "en" ? "en" : "nl";
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
  const prefix = locale === "en" ? "/en" : "";
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
  const prefix = locale === "en" ? "/en" : "";
  const file = kind === "organisation" ? "folder.pdf" : "wijkkaart.pdf";
  return `${prefix}/${SECTION[kind]}/${encodeURIComponent(slug)}/${file}`;
}
