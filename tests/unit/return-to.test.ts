// The sign-in page's `?terug=`: a path on this site, never another site.
import { describe, expect, it } from "vitest";
import { safeReturn } from "@/lib/auth/return-to";

describe("safeReturn", () => {
  it("keeps a local path, with the language prefix for English", () => {
    expect(safeReturn("/beheer/organisaties/abc?x=1#y", "nl")).toBe("/beheer/organisaties/abc?x=1#y");
    expect(safeReturn("/beheer/organisaties/abc", "en")).toBe("/en/beheer/organisaties/abc");
    expect(safeReturn("/en/beheer", "en")).toBe("/en/beheer");
  });

  it("sends anything that a browser would read as another site to /beheer", () => {
    for (const value of ["//evil.nl", "/\\evil.nl", "/\\/evil.nl", "/\t/evil.nl", "/\n/evil.nl", "/beheer/../..//evil.nl", "https://evil.nl", "evil.nl", "", undefined, ["/beheer"]]) {
      expect(safeReturn(value, "nl"), JSON.stringify(value)).toBe("/beheer");
    }
    expect(safeReturn("/\\evil.nl", "en")).toBe("/en/beheer");
  });
});
