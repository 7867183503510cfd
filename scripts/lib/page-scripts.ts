// Which script files a page's HTML makes a browser load at first: one definition for the
// page-weight tests (tests/e2e/support/page-weight.ts) and npm run bench:pages.

/**
 * Script files the HTML loads: <script src> and the chunks Next.js lists for the page to
 * preload. Not the `nomodule` polyfills (about 39 kB gzipped), which no browser that runs
 * modules downloads.
 */
export function scriptsOf(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script([^>]*)\ssrc="([^"]+\.js[^"]*)"([^>]*)>/g)) {
    if (!/\snomodule/i.test(`${match[1]} ${match[3]}`)) found.add(match[2]);
  }
  for (const match of html.matchAll(/<link[^>]*rel="(?:preload|modulepreload)"[^>]*as="script"[^>]*href="([^"]+)"|<link[^>]*href="([^"]+\.js)"[^>]*rel="(?:preload|modulepreload)"/g)) {
    found.add(match[1] ?? match[2]);
  }
  return [...found].map((src) => src.replace(/&amp;/g, "&"));
}
