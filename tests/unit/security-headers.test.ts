import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { reachedOverHttps, staticSecurityHeaders, strictTransportSecurity } from "@/lib/security/headers";
import { requestIdFrom } from "@/lib/ops/request-id";
import { parseEnv } from "@/lib/env";

const TILES = "https://tiles.example.nl/{z}/{x}/{y}.png";

function directive(csp: string, name: string): string {
  return csp.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";
}

describe("page Content-Security-Policy", () => {
  it("allows scripts by nonce only: no 'unsafe-inline', no eval in production", () => {
    const nonce = newNonce();
    const scripts = directive(contentSecurityPolicy({ tileUrl: TILES, isDev: false, nonce }), "script-src");
    expect(scripts).toBe(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    expect(scripts).not.toContain("unsafe");
  });

  it("keeps eval for development (React's overlay and fast refresh)", () => {
    const scripts = directive(contentSecurityPolicy({ tileUrl: TILES, isDev: true, nonce: "n" }), "script-src");
    expect(scripts).toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'unsafe-inline'");
  });

  it("allows the tile host for images and nothing third-party elsewhere", () => {
    const csp = contentSecurityPolicy({ tileUrl: TILES, isDev: false, nonce: "n" });
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: blob: https://tiles.example.nl");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("static security headers (next.config headers())", () => {
  const rules = staticSecurityHeaders();
  const forPath = (source: string) => Object.fromEntries(rules.filter((r) => r.source === source).flatMap((r) => r.headers.map((h) => [h.key, h.value])));

  it("covers every path with nosniff and a referrer policy", () => {
    expect(forPath("/:path*")).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" });
  });

  it("gives the API a CSP for data, never for documents", () => {
    expect(forPath("/api/:path*")["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("lets other sites read the open data, not the geocoder", () => {
    expect(forPath("/api/v1/services")["Cross-Origin-Resource-Policy"]).toBe("cross-origin");
    expect(rules.some((r) => r.source.includes("geocode"))).toBe(false);
  });
});

describe("HSTS", () => {
  it("is sent over https only, with the configured max-age", () => {
    expect(strictTransportSecurity(15552000, true)).toBe("max-age=15552000");
    expect(strictTransportSecurity(15552000, false)).toBeNull();
    expect(strictTransportSecurity(0, true)).toBeNull();
  });

  it("counts a request as https directly or by X-Forwarded-Proto", () => {
    expect(reachedOverHttps(new Headers(), "https://kaart.example.nl/")).toBe(true);
    expect(reachedOverHttps(new Headers({ "x-forwarded-proto": "https" }), "http://127.0.0.1:3000/")).toBe(true);
    expect(reachedOverHttps(new Headers({ "x-forwarded-proto": "https, http" }), "http://127.0.0.1:3000/")).toBe(true);
    expect(reachedOverHttps(new Headers({ "x-forwarded-proto": "http" }), "http://127.0.0.1:3000/")).toBe(false);
  });

  it("defaults to 180 days and can be turned off with 0", () => {
    expect(parseEnv({}).HSTS_MAX_AGE).toBe(15552000);
    expect(parseEnv({ HSTS_MAX_AGE: "0" }).HSTS_MAX_AGE).toBe(0);
    expect(() => parseEnv({ HSTS_MAX_AGE: "-1" })).toThrow();
  });
});

describe("request id", () => {
  it("keeps a plain id from the proxy in front, replaces anything else", () => {
    expect(requestIdFrom("lb-7f3a9c21")).toBe("lb-7f3a9c21");
    for (const bad of [null, "", "short", "a\nb-injected-line", "<script>alert(1)</script>", "x".repeat(65)]) {
      const id = requestIdFrom(bad);
      expect(id).not.toBe(bad);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
