// Text fields drop direction overrides and isolates: a listing's text cannot turn the rest of a
// page around (U+202E makes everything after it read backwards).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionalText, requiredText } from "@/lib/forms/fields";

const CONTROLS = ["\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"];

describe("text fields and direction controls", () => {
  it("drop overrides, embeddings and isolates, keep the letters", () => {
    expect(requiredText().parse("\u202Eوصف عربي\u202C")).toBe("وصف عربي");
    expect(optionalText().parse("Open \u2066030 123\u2069 dicht")).toBe("Open 030 123 dicht");
  });

  it("treat a text of only controls as empty", () => {
    expect(optionalText().parse("\u202E \u2069")).toBeNull();
    expect(requiredText().safeParse("\u202E\u202E").success).toBe(false);
  });

  it("never keep a control character, whatever is typed", () => {
    const withControls = fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.constantFrom(...CONTROLS)), { maxLength: 20 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(withControls, (text) => {
        const result = optionalText(1000).safeParse(text);
        if (result.success && result.data !== null) expect(CONTROLS.some((c) => result.data!.includes(c))).toBe(false);
      }),
    );
  });
});
