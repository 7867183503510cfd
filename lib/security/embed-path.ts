// The pages other sites may show in a frame: /embed in every language (/en/embed, /ar/embed…).
// The proxy gives these the embed frame-ancestors and tells the layout to leave out the
// site's header and footer.
import { withoutLocale } from "../i18n/full-locale-pages";

/** Whether a page path ("/embed", "/en/embed/…") is one of the pages others may frame. */
export function isEmbedPath(pathname: string): boolean {
  const path = withoutLocale(pathname);
  return path === "/embed" || path.startsWith("/embed/");
}

/** Request header from the proxy to the layout: "1" on an embed page (always set or removed there). */
export const EMBED_HEADER = "x-embed-page";

/** The page CSP's frame-ancestors for a path: the embed setting on /embed pages, 'none' on every other. */
export function frameAncestorsFor(pathname: string, embedAncestors: string): string {
  return isEmbedPath(pathname) ? embedAncestors : "'none'";
}
