import { describe, expect, it } from "vitest";
import { autonym, languageName, weekdayNames } from "@/lib/search-ui/names";

describe("languageName", () => {
  it("names a language in the page's language", () => {
    expect(languageName("ar", "nl")).toBe("Arabisch");
    expect(languageName("ar", "en")).toBe("Arabic");
    expect(languageName("tr", "nl")).toBe("Turks");
  });

  it("asks the caller for codes ICU does not name, and falls back to the code", () => {
    expect(languageName("ber", "nl", (code) => (code === "ber" ? "Berbers (Tamazight)" : undefined))).toBe("Berbers (Tamazight)");
    expect(languageName("ber", "nl")).toBe("ber");
    expect(languageName("not a code", "nl")).toBe("not a code");
  });
});

describe("autonym", () => {
  it("gives the language's own name when it differs", () => {
    expect(autonym("ar", "nl")).toBe("العربية");
    expect(autonym("nl", "nl")).toBeUndefined();
    expect(autonym("ber", "nl")).toBeUndefined();
  });
});

describe("weekdayNames", () => {
  it("names the days Monday first, in the page's language", () => {
    expect(weekdayNames("nl")).toEqual({ mo: "maandag", tu: "dinsdag", we: "woensdag", th: "donderdag", fr: "vrijdag", sa: "zaterdag", su: "zondag" });
    expect(weekdayNames("en").tu).toBe("Tuesday");
  });
});
