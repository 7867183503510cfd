// Which requests proxy.ts sees (its matcher, compiled the way Next compiles it) and what it
// does with them (requestKind): a dotted path that next.config rewrites to a page must get the
// page's CSP, request id and action guard; Next's own files and static files are left alone;
// the PDFs pass through without a page CSP.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// Next's own compiler for proxy matchers (the build uses it; its .d.ts does not declare it).
import * as staticInfo from "next/dist/build/analysis/get-page-static-info";
import { requestKind } from "@/lib/security/request-kind";

// Read from the source, as Next does (statically): importing proxy.ts needs Next's runtime.
const source = readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8");
const literal = /matcher:\s*("(?:[^"\\]|\\.)*")/.exec(source)?.[1];
if (!literal) throw new Error("proxy.ts has no string matcher");
const { getMiddlewareMatchers } = staticInfo as unknown as { getMiddlewareMatchers: (matcher: string, nextConfig: object) => { regexp: string }[] };
const matchers = getMiddlewareMatchers(JSON.parse(literal) as string, {});
function proxied(pathname: string): boolean {
  return matchers.some((matcher) => new RegExp(matcher.regexp).test(pathname));
}

describe("proxy matcher", () => {
  it.each(["/", "/en", "/verwijzen", "/organisaties/a.b", "/x.y", "/en/x.y", "/organisaties/geldcafe-lunetten/folder.pdf", "/wijken/overvecht/wijkkaart.pdf", "/api/v1/services", "/_next/other", "/icon.svg.html"])(
    "runs for %s",
    (pathname) => expect(proxied(pathname)).toBe(true),
  );

  it.each(["/_next/static/chunks/app.js", "/_next/image", "/_next/image/x", "/_vercel/insights/script.js", "/icon.svg", "/favicon.ico"])(
    "skips %s",
    (pathname) => expect(proxied(pathname)).toBe(false),
  );
});

describe("requestKind", () => {
  it("treats the API as the API", () => {
    expect(requestKind("/api")).toBe("api");
    expect(requestKind("/api/v1/geocode")).toBe("api");
    expect(requestKind("/apix")).toBe("page");
  });

  it("treats only the two PDF routes, in any language, as files", () => {
    for (const path of ["/organisaties/x/folder.pdf", "/en/organisaties/x/folder.pdf", "/nl/organisaties/x/folder.pdf", "/wijken/overvecht/wijkkaart.pdf", "/en/wijken/overvecht/wijkkaart.pdf", "/ar/organisaties/x/folder.pdf", "/tr/wijken/overvecht/wijkkaart.pdf", "/pl/organisaties/x/folder.pdf", "/uk/wijken/zuid/wijkkaart.pdf"]) {
      expect(requestKind(path), path).toBe("file");
    }
  });

  it("treats every other path, dotted or not, as a page", () => {
    for (const path of ["/", "/organisaties/a.b", "/x.y", "/x.pdf", "/organisaties/a.pdf", "/organisaties/x/y/folder.pdf", "/de/organisaties/x/folder.pdf", "/wijken/x/folder.pdf"]) {
      expect(requestKind(path), path).toBe("page");
    }
  });
});
