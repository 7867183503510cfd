// Public pages load nothing from third parties except the configured map tiles: the
// Content-Security-Policy makes that a rule the browser enforces. Built per request from the
// runtime TILE_URL, so changing tile hosts needs no rebuild, and with a fresh nonce, so that
// only the scripts Next.js itself put in the page run (no 'unsafe-inline' for scripts).
export function tileOrigin(tileUrl: string): string {
  try {
    return new URL(tileUrl.replace(/\{[a-z]\}/g, "0")).origin;
  } catch {
    return "";
  }
}

/** 128 random bits, base64: unguessable, and fresh for every page request. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = {
  tileUrl: string;
  isDev: boolean;
  nonce: string;
  /** Who may frame the page: 'none' for every page but /embed (lib/security/frame-ancestors.ts). */
  frameAncestors?: string;
};

export function contentSecurityPolicy({ tileUrl, isDev, nonce, frameAncestors = "'none'" }: CspOptions): string {
  return [
    "default-src 'self'",
    `img-src 'self' data: blob: ${tileOrigin(tileUrl)}`.trim(),
    // Next.js reads the nonce from this header (on the request) and puts it on its own inline
    // bootstrap and chunk scripts; 'strict-dynamic' lets those load the rest of the bundle.
    // 'self' stays for browsers without 'strict-dynamic'. Development also needs eval (React's
    // error overlay and fast refresh); production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Styles keep 'unsafe-inline': Leaflet positions every tile, marker and popup with inline
    // style attributes, which a nonce cannot cover (nonces apply to <style> elements only).
    // Inline styles cannot run code; the script rule above is what stops XSS.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "object-src 'none'",
    `frame-ancestors ${frameAncestors}`,
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
