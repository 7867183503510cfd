// Cache-Control never lets a browser or CDN keep an answer past its next opening or closing.
import { describe, expect, it } from "vitest";
import { cacheControlFor, matchesIfNoneMatch } from "@/lib/search/http-cache";

const NOW = new Date("2026-11-17T13:00:20.500Z");
const after = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

describe("Cache-Control of answers", () => {
  it("is a minute with a little stale-while-revalidate when nothing opens or closes", () => {
    expect(cacheControlFor(NOW, null)).toBe("public, max-age=60, s-maxage=60, stale-while-revalidate=30");
  });

  it("ends at validUntil, and serves stale only where that stays before validUntil", () => {
    expect(cacheControlFor(NOW, after(40))).toBe("public, max-age=40, s-maxage=40");
    expect(cacheControlFor(NOW, after(75))).toBe("public, max-age=60, s-maxage=60, stale-while-revalidate=15");
    expect(cacheControlFor(NOW, after(0.2))).toBe("public, max-age=0, s-maxage=0");
    expect(cacheControlFor(NOW, after(-5))).toBe("public, max-age=0, s-maxage=0");
  });
});

describe("If-None-Match", () => {
  it("matches the tag, a list holding it, a weak form of it and *", () => {
    expect(matchesIfNoneMatch('"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch("*", '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abd"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch(null, '"abc"')).toBe(false);
  });
});
