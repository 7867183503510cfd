// Runs before every page and API request: picks the language of a page from the URL
// (next-intl), gives each request an id and sets the headers that differ per request: the
// page's Content-Security-Policy with a fresh nonce (tile host read at run time) and HSTS.
import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./lib/i18n/routing";
import { isDutchRewrite } from "./lib/i18n/dutch-rewrites";
import { contentSecurityPolicy, newNonce } from "./lib/security/csp";
import { reachedOverHttps, strictTransportSecurity } from "./lib/security/headers";
import { requestIdFrom } from "./lib/ops/request-id";
import { env } from "./lib/env";
import { refuseBadActionRequest } from "./lib/security/action-guard";
import { requestKind } from "./lib/security/request-kind";
import { EMBED_HEADER, frameAncestorsFor, isEmbedPath } from "./lib/security/embed-path";
import { fullLocaleAlternates, fullLocaleRedirect, isFullLocalePage, withoutLocale } from "./lib/i18n/full-locale-pages";

const intl = createMiddleware(routing);

/** next-intl's answer, with its rewrite of a Dutch page left to next.config (dutch-rewrites.ts). */
function localise(request: NextRequest): Response {
  const response = intl(request);
  const rewrite = response.headers.get("x-middleware-rewrite");
  if (rewrite && isDutchRewrite(request.nextUrl, rewrite)) {
    response.headers.delete("x-middleware-rewrite");
    response.headers.set("x-middleware-next", "1");
  }
  return response;
}

export default async function proxy(request: NextRequest) {
  // Bad server-action posts (cross-origin, too large, malformed) get 403/413/400, not Next's 500.
  const refused = await refuseBadActionRequest(request);
  if (refused) return refused;
  const { TILE_URL, NODE_ENV, HSTS_MAX_AGE, EMBED_FRAME_ANCESTORS } = env();
  // Headers the app reads (lib/log.ts the request id); the rest are set by next.config headers().
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const forwarded = new Headers(request.headers);
  forwarded.set("x-request-id", requestId);
  let response: Response;
  let csp: string | undefined;
  // A professional's or organisation's page under a resident-only language (/ar/beheer): that
  // page is in Dutch and English only, so the Dutch one, same path and query. Next makes this
  // absolute URL relative again (same host), so it holds behind any proxy.
  const toDutch = fullLocaleRedirect(request.nextUrl.pathname, request.nextUrl.search);
  if (toDutch) {
    response = NextResponse.redirect(new URL(toDutch, request.url), 307);
  } else if (requestKind(request.nextUrl.pathname) !== "page") {
    // The API and the PDFs: no page CSP, not localised (next.config rewrites a Dutch PDF).
    response = NextResponse.next({ request: { headers: forwarded } });
  } else {
    // A fresh nonce per page. Next.js finds it in the request's CSP header and puts it on its
    // own scripts; x-nonce is for any script of ours (there is none today).
    const nonce = newNonce();
    // Only the /embed pages may be framed, by the sites EMBED_FRAME_ANCESTORS names; they are
    // shown without the site's header and footer (the layout reads the flag; always set or
    // removed here, so a visitor's own header of that name never reaches the page).
    const embed = isEmbedPath(request.nextUrl.pathname);
    const frameAncestors = frameAncestorsFor(request.nextUrl.pathname, EMBED_FRAME_ANCESTORS);
    csp = contentSecurityPolicy({ tileUrl: TILE_URL, isDev: NODE_ENV !== "production", nonce, frameAncestors });
    if (embed) forwarded.set(EMBED_HEADER, "1");
    else forwarded.delete(EMBED_HEADER);
    forwarded.set("x-nonce", nonce);
    forwarded.set("Content-Security-Policy", csp);
    // The query of the page, for the language switcher in the layout (layouts get no
    // searchParams): its links keep the search also without JavaScript. Always set here, so
    // a visitor's own header of that name never reaches the page.
    forwarded.set("x-request-search", request.nextUrl.search);
    // next-intl passes these request headers on to the page (NextResponse.next/rewrite).
    response = localise(new NextRequest(request.url, { headers: forwarded }));
    const alternates = response.headers.get("Link");
    if (alternates && isFullLocalePage(withoutLocale(request.nextUrl.pathname))) response.headers.set("Link", fullLocaleAlternates(alternates));
  }
  if (csp) response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  const hsts = strictTransportSecurity(HSTS_MAX_AGE, reachedOverHttps(request.headers, request.url));
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything but Next's own files and real static files (headers from next.config.ts). Not
  // "every path without a dot": next.config rewrites dotted paths to pages too, and those need
  // the page CSP, a request id and the action guard (lib/security/request-kind.ts).
  matcher: "/((?!(?:_next/static|_next/image|_vercel)(?:/|$)|(?:icon\\.svg|favicon\\.ico)$).*)",
};
