import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TOKENS_FILE, utrechtTokensCss } from "@/scripts/lib/utrecht-tokens";

const root = path.resolve(import.meta.dirname, "../..");

// app/utrecht-tokens.css holds only the design tokens the site's stylesheets use. A stylesheet
// that starts using another token (or a new Utrecht component) needs it written again.
describe("app/utrecht-tokens.css", () => {
  const css = utrechtTokensCss(root);

  it("is up to date with the site's stylesheets (else: npx tsx scripts/utrecht-tokens.ts)", () => {
    expect(readFileSync(path.join(root, TOKENS_FILE), "utf8")).toBe(css);
  });

  it("keeps the tokens the stylesheets use, also through other tokens, and leaves the rest out", () => {
    expect(css).toContain("--utrecht-button-primary-action-background-color:");
    // The button's colour is another token: that one is kept too.
    const buttonColour = /--utrecht-button-primary-action-background-color: var\((--[\w-]+)/.exec(css)?.[1];
    expect(buttonColour).toBeDefined();
    expect(css).toContain(`${buttonColour}:`);
    // Dark scheme and tokens of components the site does not use.
    expect(css).not.toContain("prefers-color-scheme");
    expect(css).not.toContain("--utrecht-accordion-");
  });
});
