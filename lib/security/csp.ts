// Public pages load nothing from third parties except the configured map tiles: the
// Content-Security-Policy makes that a rule the browser enforces. Built per request from the
// runtime TILE_URL, so changing tile hosts needs no rebuild.
export function tileOrigin(tileUrl: string): string {
  try {
    return new URL(tileUrl.replace(/\{[a-z]\}/g, "0")).origin;
  } catch {
    return "";
  }
}

export function contentSecurityPolicy(tileUrl: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    `img-src 'self' data: blob: ${tileOrigin(tileUrl)}`.trim(),
    // Next.js injects inline bootstrap scripts; dev mode also needs eval for fast refresh.
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    `connect-src 'self'${isDev ? " ws:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}
