// Where the sign-in page sends someone afterwards (`?terug=`). Only a path on this site: a
// sign-in link must never send someone to another site. Browsers read "/\evil.nl" as
// "//evil.nl" and drop tabs and newlines from addresses, so the value is parsed as a URL the
// way a browser would, and only its path, query and fragment are kept.
const HOST = "http://sociale-kaart.invalid";

export function safeReturn(value: unknown, locale: string): string {
  const prefix = locale === "nl" ? "" : `/${locale}`;
  const fallback = `${prefix}/beheer`;
  if (typeof value !== "string" || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, HOST);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/a/../..//evil.nl" resolves to the path "//evil.nl": on its own again, another site.
  if (url.origin !== HOST || path.startsWith("//")) return fallback;
  return prefix && !path.startsWith(`${prefix}/`) ? `${prefix}${path}` : path;
}
