import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// Security headers, including the Content-Security-Policy, are set per request in proxy.ts.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate build folder lets several builds of one checkout exist side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
