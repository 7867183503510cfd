// The benchmarks' baseline: the same bytes as an answer of the app, saved as a file in public/
// and served by the same Next.js server. The difference between the two is what producing the
// answer costs (database, rendering, JSON), with HTTP, the proxy and Next.js's own overhead the
// same on both sides, as in the figures of issue 10.
// `next start` lists public/ when it starts, so the files must be written before the server is
// (re)started; they are removed again when the benchmark ends.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export type Baseline = {
  /** URL path of the file for `name`. */
  path(name: string): string;
  write(name: string, body: Uint8Array): string;
  remove(): void;
};

export function publicBaseline(root: string): Baseline {
  // One folder per benchmark process: two runs in one checkout do not remove each other's files.
  const folder = `bench-baseline-${process.pid}`;
  const dir = path.join(root, "public", folder);
  return {
    path: (name) => `/${folder}/${name}`,
    write(name, body) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, name), body);
      return `/${folder}/${name}`;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
