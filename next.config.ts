import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { dutchPathRewrites } from "./lib/i18n/dutch-rewrites";
import { staticSecurityHeaders } from "./lib/security/headers";
import { ACTION_BODY_LIMIT, PROXY_BODY_COPY_LIMIT } from "./lib/security/action-guard";

// Security headers: the ones that never change are set here for every response (pages, API,
// PDFs, static files; lib/security/headers.ts); the page Content-Security-Policy with its
// nonce and HSTS are set per request in proxy.ts.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate build folder lets several builds of one checkout exist side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // One body limit for server actions, enforced with a 413 by the proxy (action-guard.ts);
    // the proxy's copy of a body must be longer than the limit to see that it is exceeded.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT },
    proxyClientMaxBodySize: PROXY_BODY_COPY_LIMIT,
    // The Utrecht library is one barrel without "sideEffects": false, so importing one
    // component pulled in all of them (about 52 kB gzipped unused on the map page).
    optimizePackageImports: ["@utrecht/component-library-react"],
  },
  async headers() {
    return staticSecurityHeaders();
  },
  // Dutch pages have no /nl prefix. The rewrite to app/[locale] lives here instead of in the
  // proxy: see lib/i18n/dutch-rewrites.ts for why.
  async rewrites() {
    return { beforeFiles: [], afterFiles: dutchPathRewrites(), fallback: [] };
  },
};

// ICU messages compiled at build time instead of parsed in every browser (and server process):
// see docs/decisions/0011-pages-rendered-per-request.md.
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true } },
})(nextConfig);
