// The next.config rewrites that serve Dutch pages without a prefix, matched the way Next's
// router matches them (its bundled path-to-regexp), and the check that lets proxy.ts hand
// next-intl's own rewrite over to them.
import { describe, expect, it } from "vitest";
// @ts-expect-error Next's bundled copy has no type declarations.
import { compile, pathToRegexp } from "next/dist/compiled/path-to-regexp";
import { dutchPathRewrites, isDutchRewrite } from "@/lib/i18n/dutch-rewrites";

function rewrite(path: string): string | null {
  for (const { source, destination } of dutchPathRewrites()) {
    const keys: { name: string }[] = [];
    const match = pathToRegexp(source, keys).exec(path);
    if (!match) continue;
    const params = Object.fromEntries(keys.map((key, index) => [key.name, key.name === "rest" ? (match[index + 1]?.split("/") ?? []) : match[index + 1]]));
    return compile(destination)(params);
  }
  return null;
}

describe("Dutch pages without a prefix", () => {
  it.each([
    ["/", "/nl"],
    ["/verwijzen", "/nl/verwijzen"],
    ["/organisaties/geldcafe-lunetten", "/nl/organisaties/geldcafe-lunetten"],
    ["/organisaties/geldcafe-lunetten/folder.pdf", "/nl/organisaties/geldcafe-lunetten/folder.pdf"],
    ["/english", "/nl/english"],
    ["/apiary", "/nl/apiary"],
    ["/nlx/y", "/nl/nlx/y"],
  ])("%s is served by %s", (path, target) => {
    expect(rewrite(path)).toBe(target);
  });

  it.each(["/en", "/en/verwijzen", "/nl", "/nl/verwijzen", "/ar", "/ar/wijken", "/tr/organisaties/x/folder.pdf", "/pl", "/uk/wijken/zuid", "/api/v1/services", "/_next/static/x.js"])("%s keeps its path", (path) => {
    expect(rewrite(path)).toBeNull();
  });

  it("recognises next-intl's rewrite of a Dutch page, absolute or relative", () => {
    const page = (path: string) => new URL(path, "http://localhost:3000");
    expect(isDutchRewrite(page("/"), "http://localhost:3000/nl")).toBe(true);
    expect(isDutchRewrite(page("/verwijzen?q=1"), "http://localhost:3000/nl/verwijzen?q=1")).toBe(true);
    expect(isDutchRewrite(page("/wijken/zuid"), "/nl/wijken/zuid")).toBe(true);
    expect(isDutchRewrite(page("/verwijzen"), "http://localhost:3000/en/verwijzen")).toBe(false);
    expect(isDutchRewrite(page("/verwijzen"), "https://elders.example/nl/verwijzen")).toBe(false);
  });
});
