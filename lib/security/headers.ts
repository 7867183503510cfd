// Security headers that do not change per request: set by next.config.ts's headers() on every
// response, including the API, the PDFs and Next's static files, which proxy.ts does not all
// see. The page Content-Security-Policy (with its nonce) and HSTS (a run-time setting) are set
// per request in proxy.ts.

type Header = { key: string; value: string };
type HeaderRule = { source: string; headers: Header[] };

/** JSON, PDFs and files are never documents that run script or may be framed. */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'";

const EVERYWHERE: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // No referrer anywhere by default: a search's address (what a resident looks for) must not
  // travel, not even to our own proxy's logs. Pages whose address holds no search and that
  // post forms (the organisation page's report form, the management pages) ask for
  // "same-origin" in their metadata: under no-referrer a form posted without JavaScript
  // carries "Origin: null", which the action guard refuses.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(self)" },
  // No other site's window may keep a handle on ours (tabnabbing, cross-window leaks).
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Our files are for our pages; the open data API below says otherwise for itself.
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

export function staticSecurityHeaders(): HeaderRule[] {
  return [
    { source: "/:path*", headers: EVERYWHERE },
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: NON_DOCUMENT_CSP }] },
    // The public services API and the HSDS export are open data, meant for other sites and
    // apps too. (The geocoder and sign-in are not: they keep same-origin.)
    { source: "/api/v1/services", headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] },
    { source: "/api/hsds/:path*", headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] },
    // Server-made PDFs (folder, wijkkaart) get no CSP of their own: some browsers' PDF viewers
    // run inside the document and break under default-src 'none'. They hold no script, and
    // nosniff above keeps them from being read as anything else.
  ];
}

/**
 * Whether the visitor reached us over https: directly, or through a reverse proxy that says so
 * in X-Forwarded-Proto. Trusting that header here needs no TRUST_PROXY: browsers ignore an
 * HSTS header that arrives over plain http, so a forged "https" cannot turn HSTS on for anyone.
 */
export function reachedOverHttps(headers: Headers, url: string): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || url.startsWith("https:");
}

/** The Strict-Transport-Security value, or null when HSTS is off (max-age 0) or not over https. */
export function strictTransportSecurity(maxAgeSeconds: number, overHttps: boolean): string | null {
  if (!overHttps || maxAgeSeconds <= 0) return null;
  // No includeSubDomains or preload: other hosts under the same domain are not ours to decide for.
  return `max-age=${maxAgeSeconds}`;
}
