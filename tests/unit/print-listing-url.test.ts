import { describe, expect, it } from "vitest";
import { clipText } from "@/lib/print/clip-text";
import { listingUrl, pdfPath, printLocale, shortUrl, siteOrigin } from "@/lib/print/listing-url";
import { qrMatrix, qrRuns, qrSvgPath } from "@/lib/print/qr";

describe("the addresses on a printout", () => {
  it("points to the live listing in the language of the printout", () => {
    expect(listingUrl("https://kaart.example", "nl", "organisation", "geldcafe-lunetten")).toBe("https://kaart.example/organisaties/geldcafe-lunetten");
    expect(listingUrl("https://kaart.example", "en", "organisation", "geldcafe-lunetten")).toBe("https://kaart.example/en/organisaties/geldcafe-lunetten");
    expect(listingUrl("https://kaart.example", "nl", "wijk", "overvecht")).toBe("https://kaart.example/wijken/overvecht");
    expect(listingUrl("https://kaart.example", "en", "wijk", "zuidwest")).toBe("https://kaart.example/en/wijken/zuidwest");
    expect(listingUrl("https://kaart.example", "ar", "organisation", "geldcafe-lunetten")).toBe("https://kaart.example/ar/organisaties/geldcafe-lunetten");
    expect(listingUrl("https://kaart.example", "uk", "wijk", "zuidwest")).toBe("https://kaart.example/uk/wijken/zuidwest");
  });

  it("prints in every language of residents' pages, Dutch for anything unknown", () => {
    for (const locale of ["nl", "en", "ar", "tr", "pl", "uk"]) expect(printLocale(locale)).toBe(locale);
    expect(printLocale("de")).toBe("nl");
  });

  it("prefers the configured public address over the request's host", () => {
    expect(siteOrigin("https://socialekaart.utrecht.nl/", "http://10.0.0.5:3000/x")).toBe("https://socialekaart.utrecht.nl");
    expect(siteOrigin(undefined, "http://localhost:3624/organisaties/a/folder.pdf")).toBe("http://localhost:3624");
  });

  it("serves the Dutch PDF without a language prefix and the English one under /en", () => {
    expect(pdfPath("nl", "organisation", "a")).toBe("/organisaties/a/folder.pdf");
    expect(pdfPath("en", "wijk", "west")).toBe("/en/wijken/west/wijkkaart.pdf");
    expect(pdfPath("tr", "organisation", "a")).toBe("/tr/organisaties/a/folder.pdf");
    expect(pdfPath("pl", "wijk", "west")).toBe("/pl/wijken/west/wijkkaart.pdf");
    expect(shortUrl("https://www.kaart.example/wijken/west")).toBe("kaart.example/wijken/west");
  });

  it("shortens a description to whole sentences, or whole words with an ellipsis", () => {
    expect(clipText("Eén. Twee. Drie.", 11)).toBe("Eén. Twee.");
    expect(clipText("Een heel lange eerste zin zonder einde", 20)).toBe("Een heel lange…");
    expect(clipText("  Kort  ", 20)).toBe("Kort");
  });
});

describe("the QR code", () => {
  it("is a square grid with the three finder patterns, drawn as runs of dark modules", () => {
    const matrix = qrMatrix("https://kaart.example/organisaties/geldcafe-lunetten");
    expect(matrix.size).toBeGreaterThanOrEqual(21);
    // Finder patterns: a dark 7-module square in three corners, light separator next to it.
    for (const [row, col] of [[0, 0], [0, matrix.size - 7], [matrix.size - 7, 0]]) {
      expect(matrix.dark(row, col)).toBe(true);
      expect(matrix.dark(row + 6, col + 6)).toBe(true);
      expect(matrix.dark(row + 1, col + 1)).toBe(false);
      expect(matrix.dark(row + 3, col + 3)).toBe(true);
    }
    const dark = qrRuns(matrix).reduce((sum, run) => sum + run.length, 0);
    let counted = 0;
    for (let r = 0; r < matrix.size; r++) for (let c = 0; c < matrix.size; c++) if (matrix.dark(r, c)) counted++;
    expect(dark).toBe(counted);
    expect(qrSvgPath(matrix)).toMatch(/^M0 0h7v1h-7z/);
  });

  it("differs for different addresses", () => {
    expect(qrSvgPath(qrMatrix("https://a.example/organisaties/a"))).not.toBe(qrSvgPath(qrMatrix("https://a.example/organisaties/b")));
  });
});
