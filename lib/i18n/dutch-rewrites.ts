// Dutch pages live at "/" without a prefix, but under app/[locale] like every language.
// next-intl's middleware would rewrite "/x" to "/nl/x" itself, as an absolute URL built from
// the request. When the server is started with an explicit loopback hostname (`next start
// -H 127.0.0.1`), Next normalises that URL's host to "localhost", no longer recognises it as
// its own and answers 307 to itself (vercel/next.js#94745, #94342). Rewrites in next.config
// are resolved inside the router, relative, so they hold for every hostname and proxy setup;
// proxy.ts turns next-intl's rewrite into "carry on" and lets these do the work.
import { routing } from "./routing";

type Rewrite = { source: string; destination: string };

/** Paths that belong to another locale, the API or Next's own files keep their path. */
export function dutchPathRewrites(): Rewrite[] {
  const reserved = [...routing.locales, "api", "_next"].join("|");
  const target = `/${routing.defaultLocale}`;
  return [
    { source: "/", destination: target },
    { source: `/:first((?!(?:${reserved})(?:/|$))[^/]+)/:rest*`, destination: `${target}/:first/:rest*` },
  ];
}

/** Whether next-intl's rewrite is the one for a Dutch page: same origin, "/x" to "/nl/x". */
export function isDutchRewrite(request: URL, rewriteTo: string): boolean {
  const target = new URL(rewriteTo, request);
  const expected = request.pathname === "/" ? `/${routing.defaultLocale}` : `/${routing.defaultLocale}${request.pathname}`;
  return target.origin === request.origin && target.pathname === expected;
}
