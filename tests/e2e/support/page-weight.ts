// What a page costs a visitor before anything else happens: the bytes of its HTML and the
// gzipped size of the JavaScript that HTML makes the browser load (first-load JS).
import { gzipSync } from "node:zlib";

export type PageWeight = { htmlBytes: number; scripts: string[]; firstLoadJsGzipBytes: number };

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

export async function measurePage(baseURL: string, path: string): Promise<PageWeight> {
  const response = await fetch(new URL(path, baseURL));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const html = await response.text();
  const scripts = scriptsOf(html);
  let firstLoadJsGzipBytes = 0;
  for (const src of scripts) {
    const script = await fetch(new URL(src, baseURL));
    if (!script.ok) throw new Error(`${src}: ${script.status}`);
    firstLoadJsGzipBytes += gzipSync(Buffer.from(await script.arrayBuffer()), { level: 9 }).length;
  }
  return { htmlBytes: Buffer.byteLength(html), scripts, firstLoadJsGzipBytes };
}
