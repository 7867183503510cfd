// Runs before every page: picks the language from the URL (next-intl) and sets the security
// headers, with the tile host read from the environment at run time.
import createMiddleware from "next-intl/middleware";
import type { NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";
import { isDutchRewrite } from "./lib/i18n/dutch-rewrites";
import { contentSecurityPolicy } from "./lib/security/csp";
import { env } from "./lib/env";

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

export default function proxy(request: NextRequest) {
  const response = localise(request);
  const { TILE_URL, NODE_ENV } = env();
  response.headers.set("Content-Security-Policy", contentSecurityPolicy(TILE_URL, NODE_ENV !== "production"));
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
  return response;
}

export const config = {
  // Pages only: not the API, Next's own files or files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
