import { beforeAll, describe, expect, it } from "vitest";
import { pdfFonts, type FontCoverage } from "@/lib/print/pdf/fonts";
import { MISSING, baseDirection, prepareText, visualSegments } from "@/lib/print/pdf/text-runs";

// Names as residents' organisations write them (issue 11): with the standard PDF fonts the
// Turkish ı and the Polish ł became "?", ğ ş İ ż ś ą ę lost their marks, Cyrillic and Arabic
// were "?" from the first letter to the last.
const NAMES = {
  turkish: "Yardımlaşma Derneği İlkay: ğ ş ı İ ç ö ü",
  polish: "Pomoc dla Polaków — Łódź, żółć, świętość, ą ę",
  ukrainian: "Допомога українцям: їжа, ґанок, є",
  arabic: "مساعدة في الديون — جمعية الأمل",
};

let coverage: FontCoverage;
beforeAll(async () => {
  coverage = (await pdfFonts()).coverage;
});

describe("text for the PDF fonts", () => {
  it.each(Object.entries(NAMES))("keeps every character of a %s name", (_, name) => {
    const prepared = prepareText(name, coverage);
    expect(prepared).toBe(name);
    expect(prepared).not.toContain("?");
    expect(prepared).not.toContain(MISSING);
  });

  it("writes a letter and its separate accent as one letter", () => {
    expect(prepareText("s\u0327", coverage)).toBe("ş");
  });

  it("drops the invisible direction marks HTML needs (the PDF orders its runs itself)", () => {
    expect(prepareText("الجمعة 14:30–16:30 (\u2068Na het vrijdaggebed.\u2069) \u2066030 123\u2069\u200F", coverage)).toBe("الجمعة 14:30–16:30 (Na het vrijdaggebed.) 030 123");
  });

  it("replaces what no font has with a visible mark, not a question mark", () => {
    expect(prepareText("Koffie 😀 中", coverage)).toBe(`Koffie ${MISSING} ${MISSING}`);
  });

  it("gives Latin, Cyrillic and Arabic each to the font that has them", () => {
    expect(visualSegments(NAMES.ukrainian, coverage)).toEqual([{ text: NAMES.ukrainian, script: "latin" }]);
    // The dash is not in the Arabic font: the phrase is three parts, drawn right to left.
    expect(visualSegments(NAMES.arabic, coverage)).toEqual([
      { text: " جمعية الأمل", script: "arabic" },
      { text: "—", script: "latin" },
      { text: "مساعدة في الديون ", script: "arabic" },
    ]);
  });

  it("keeps Dutch before Arabic in a Dutch line, and Arabic first in an Arabic line", () => {
    expect(baseDirection("Hulp: مساعدة")).toBe("ltr");
    expect(visualSegments("Hulp: مساعدة 12", coverage)).toEqual([
      { text: "Hulp: ", script: "latin" },
      { text: "مساعدة", script: "arabic" },
      { text: " 12", script: "latin" },
    ]);
    expect(baseDirection("مساعدة: Geldcafé")).toBe("rtl");
    expect(visualSegments("مساعدة: Geldcafé", coverage)).toEqual([
      { text: "Geldcafé", script: "latin" },
      // The colon and space follow the Arabic word: the Arabic font has both.
      { text: "مساعدة: ", script: "arabic" },
    ]);
  });
});
