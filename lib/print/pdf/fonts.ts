// The fonts our PDFs embed: Noto Sans (Latin, Latin Extended, Cyrillic, Greek) and Noto Naskh
// Arabic, both SIL Open Font License 1.1, from the npm packages @embedpdf/fonts-latin and
// @embedpdf/fonts-arabic. The 14 standard PDF fonts know only Windows-1252, so a Turkish ı,
// a Polish ł, Ukrainian and Arabic came out as "?" (issue 11).
//
// The files are read once per process and kept in memory (about 2.2 MB for the five files);
// every PDF embeds only the glyphs it uses (pdf-lib's subset), so a folder stays small.
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";

export type FontStyle = "regular" | "bold" | "italic";
export type FontFiles = { latin: Record<FontStyle, Uint8Array>; arabic: Record<FontStyle, Uint8Array> };
export type FontCoverage = { latin: Set<number>; arabic: Set<number> };

// From the project root: `next dev`, `next start` and the tests all run there. Each file is
// named in full (process.cwd() plus fixed strings) so Next's output tracing lists just these
// five, not the 18 weights of the package. The packages export only their index, so no
// require.resolve.
const file = {
  regular: () => path.join(process.cwd(), "node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Regular.ttf"),
  bold: () => path.join(process.cwd(), "node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Bold.ttf"),
  italic: () => path.join(process.cwd(), "node_modules/@embedpdf/fonts-latin/fonts/NotoSans-Italic.ttf"),
  arabicRegular: () => path.join(process.cwd(), "node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf"),
  arabicBold: () => path.join(process.cwd(), "node_modules/@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf"),
};

async function load(): Promise<{ files: FontFiles; coverage: FontCoverage }> {
  const [regular, bold, italic, arabicRegular, arabicBold] = await Promise.all([
    readFile(file.regular()),
    readFile(file.bold()),
    readFile(file.italic()),
    readFile(file.arabicRegular()),
    readFile(file.arabicBold()),
  ]);
  const files: FontFiles = {
    latin: { regular, bold, italic },
    // Arabic script has no italic: the upright face stands in.
    arabic: { regular: arabicRegular, bold: arabicBold, italic: arabicRegular },
  };
  // The three Noto Sans faces and the two Naskh faces cover the same characters.
  const coverage: FontCoverage = {
    latin: new Set(fontkit.create(Buffer.from(regular)).characterSet),
    arabic: new Set(fontkit.create(Buffer.from(arabicRegular)).characterSet),
  };
  return { files, coverage };
}

let loading: ReturnType<typeof load> | undefined;

/** The font files and the characters they cover, loaded on the first PDF of this process. */
export function pdfFonts(): ReturnType<typeof load> {
  loading ??= load().catch((error: unknown) => {
    // A missing file stays an error for this request, not for the life of the process.
    loading = undefined;
    throw error;
  });
  return loading;
}

export { fontkit };
