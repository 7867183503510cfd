// Who may frame which page: only /embed (every language) gets the EMBED_FRAME_ANCESTORS
// sources; every other page, and a setting that tries to smuggle in more policy, gets nothing.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { contentSecurityPolicy } from "@/lib/security/csp";
import { frameAncestorsFor, isEmbedPath } from "@/lib/security/embed-path";
import { ANY_EMBEDDER, parseFrameAncestors } from "@/lib/security/frame-ancestors";

const TILES = "https://tiles.example.nl/{z}/{x}/{y}.png";

function pageCsp(pathname: string, setting?: string): string {
  const { EMBED_FRAME_ANCESTORS } = parseEnv(setting === undefined ? {} : { EMBED_FRAME_ANCESTORS: setting });
  return contentSecurityPolicy({ tileUrl: TILES, isDev: false, nonce: "n", frameAncestors: frameAncestorsFor(pathname, EMBED_FRAME_ANCESTORS) });
}

function frameAncestors(csp: string): string {
  return csp.split("; ").find((part) => part.startsWith("frame-ancestors ")) ?? "";
}

describe("frame-ancestors per path", () => {
  it.each(["/embed", "/en/embed", "/ar/embed", "/tr/embed", "/pl/embed", "/uk/embed", "/embed/anything"])("lets any https site and localhost frame %s by default", (pathname) => {
    expect(frameAncestors(pageCsp(pathname))).toBe("frame-ancestors 'self' https: http://localhost:* http://127.0.0.1:*");
  });

  it.each(["/", "/en", "/ar", "/ontwikkelaars/insluiten", "/organisaties/geldcafe", "/beheer", "/embedded", "/en/embedx", "/verwijzen/embed", "/x/embed"])("keeps 'none' on %s", (pathname) => {
    expect(frameAncestors(pageCsp(pathname))).toBe("frame-ancestors 'none'");
    expect(frameAncestors(pageCsp(pathname, "https://www.utrecht.nl"))).toBe("frame-ancestors 'none'");
  });

  it("names only the configured partners on /embed when a list is set", () => {
    expect(frameAncestors(pageCsp("/embed", "https://www.utrecht.nl, https://*.buurtteamsutrecht.nl"))).toBe("frame-ancestors 'self' https://www.utrecht.nl https://*.buurtteamsutrecht.nl");
  });

  it("turns embedding off with none", () => {
    expect(frameAncestors(pageCsp("/embed", "none"))).toBe("frame-ancestors 'none'");
    expect(frameAncestors(pageCsp("/en/embed", "NONE"))).toBe("frame-ancestors 'none'");
  });

  it("keeps the rest of the policy as on every page", () => {
    const embed = pageCsp("/embed").split("; ").filter((part) => !part.startsWith("frame-ancestors "));
    const home = pageCsp("/").split("; ").filter((part) => !part.startsWith("frame-ancestors "));
    expect(embed).toEqual(home);
  });
});

describe("EMBED_FRAME_ANCESTORS", () => {
  it("means any https site (and localhost) when unset, empty or *", () => {
    expect(parseEnv({}).EMBED_FRAME_ANCESTORS).toBe(ANY_EMBEDDER);
    expect(parseEnv({ EMBED_FRAME_ANCESTORS: "" }).EMBED_FRAME_ANCESTORS).toBe(ANY_EMBEDDER);
    expect(parseEnv({ EMBED_FRAME_ANCESTORS: " * " }).EMBED_FRAME_ANCESTORS).toBe(ANY_EMBEDDER);
  });

  it("accepts origins with a port, a wildcard subdomain or a trailing slash, and drops repeats", () => {
    expect(parseFrameAncestors("https://Partner.nl/ https://partner.nl https://*.utrecht.nl:8443 http://localhost:3000")).toEqual({
      ok: true,
      value: "'self' https://partner.nl https://*.utrecht.nl:8443 http://localhost:3000",
    });
  });

  it.each([
    "https://a.nl; script-src *",
    "'unsafe-inline'",
    "http://partner.nl",
    "https://partner.nl/pad",
    "javascript:alert(1)",
    "data:",
    "https:",
    "*.partner.nl",
    "https://a.nl\nX-Evil: 1",
  ])("refuses %j with a readable message", (setting) => {
    expect(parseFrameAncestors(setting).ok).toBe(false);
    expect(() => parseEnv({ EMBED_FRAME_ANCESTORS: setting })).toThrow(/EMBED_FRAME_ANCESTORS/);
  });

  it("refuses an endless list", () => {
    const many = Array.from({ length: 51 }, (_, i) => `https://p${i}.nl`).join(" ");
    expect(parseFrameAncestors(many)).toEqual({ ok: false, message: "hoogstens 50 adressen" });
  });
});

describe("isEmbedPath", () => {
  it("is /embed under every locale and nothing else", () => {
    expect(isEmbedPath("/embed")).toBe(true);
    expect(isEmbedPath("/nl/embed")).toBe(true);
    expect(isEmbedPath("/embedding")).toBe(false);
    expect(isEmbedPath("/organisaties/embed")).toBe(false);
  });
});
