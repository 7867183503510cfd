// What a page costs a visitor before anything else happens: the bytes of its HTML and the
// gzipped size of the JavaScript that HTML makes the browser load (first-load JS).
import { gzipSync } from "node:zlib";
import { scriptsOf } from "../../../scripts/lib/page-scripts";

export type PageWeight = { htmlBytes: number; scripts: string[]; firstLoadJsGzipBytes: number };

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
