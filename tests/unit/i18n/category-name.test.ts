// A category's name per language: Dutch and English from the database, the resident-only
// languages from their CategoryNames messages, English when a translation is missing.
import { describe, expect, it } from "vitest";
import { categoryName, categoryNamesOf } from "@/lib/i18n/category-name";

const voedsel = { slug: "voedsel", name: "Voedsel", nameEn: "Food" };
const names = { voedsel: "طعام", taal: "" };

describe("categoryName", () => {
  it("takes Dutch and English from the database", () => {
    expect(categoryName(voedsel, "nl", names)).toBe("Voedsel");
    expect(categoryName(voedsel, "en", names)).toBe("Food");
  });

  it("takes the other languages from their messages", () => {
    expect(categoryName(voedsel, "ar", names)).toBe("طعام");
  });

  it("falls back to English for a missing or empty translation, or a category without slug", () => {
    expect(categoryName(voedsel, "tr", {})).toBe("Food");
    expect(categoryName({ slug: "taal", name: "Taal", nameEn: "Language" }, "ar", names)).toBe("Language");
    expect(categoryName({ name: "Voedsel", nameEn: "Food" }, "ar", names)).toBe("Food");
    expect(categoryName(voedsel, "pl")).toBe("Food");
  });

  it("finds the namespace in a language's messages", () => {
    expect(categoryNamesOf({ CategoryNames: { voedsel: "Żywność" } })).toEqual({ voedsel: "Żywność" });
    expect(categoryNamesOf({})).toEqual({});
  });
});
