// Reads back what our PDFs say, for tests: pdf-lib writes each part of a line as one hex string
// ("<00230045> Tj") inside deflated content streams: glyph numbers of an embedded font, read
// back through the font's ToUnicode map; or Windows-1252 for a standard font. Enough for our
// own files; not a general PDF text extractor.
import { inflateSync } from "node:zlib";
import { PDFDocument } from "pdf-lib";

// Node's TextDecoder reads "windows-1252" as Latin-1, which has control codes where
// Windows-1252 has the en dash, the euro sign and curly quotes; those 0x80–0x9F letters here.
const WINDOWS_1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Buffer): string {
  return [...bytes].map((byte) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte))).join("");
}

/** The decompressed content of every deflated stream (page text, object streams with links). */
export function pdfStreams(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes);
  const streams: string[] = [];
  let from = 0;
  for (;;) {
    const start = raw.indexOf("stream\n", from, "latin1");
    if (start < 0) break;
    const end = raw.indexOf("\nendstream", start, "latin1");
    if (end < 0) break;
    const body = raw.subarray(start + "stream\n".length, end);
    from = end + "\nendstream".length;
    try {
      streams.push(inflateSync(body).toString("latin1"));
    } catch {
      // Not deflated: no page text in it.
    }
  }
  return streams;
}

/** Every object of the file by number, those packed in object streams included. */
export function pdfObjects(bytes: Uint8Array): Map<number, string> {
  const raw = Buffer.from(bytes).toString("latin1");
  const objects = new Map<number, string>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s([\s\S]*?)endobj/g)) {
    const [, number, body] = match;
    objects.set(Number(number), body);
    const packed = /\/Type \/ObjStm/.test(body) && /\/First (\d+)/.exec(body);
    const start = body.indexOf("stream\n");
    const end = body.lastIndexOf("\nendstream");
    if (!packed || start < 0 || end < 0) continue;
    const content = inflateSync(Buffer.from(body.slice(start + "stream\n".length, end), "latin1")).toString("latin1");
    const first = Number(packed[1]);
    const header = content.slice(0, first).trim().split(/\s+/).map(Number);
    for (let index = 0; index < header.length; index += 2) {
      const next = index + 3 < header.length ? header[index + 3] : content.length - first;
      objects.set(header[index], content.slice(first + header[index + 1], first + next));
    }
  }
  return objects;
}

type FontMaps = Map<string, { name: string; toUnicode?: Map<number, string> }>;

function streamText(body: string | undefined): string {
  if (!body) return "";
  const start = body.indexOf("stream\n");
  const end = body.lastIndexOf("\nendstream");
  return inflateSync(Buffer.from(body.slice(start + "stream\n".length, end), "latin1")).toString("latin1");
}

/** The fonts of the page's resources: their names and glyph-to-text maps. */
export function pdfFonts(bytes: Uint8Array): FontMaps {
  const objects = pdfObjects(bytes);
  const fonts: FontMaps = new Map();
  for (const body of objects.values()) {
    const dictionary = /\/Font\s*<<([^>]*)>>/.exec(body);
    if (!dictionary) continue;
    for (const [, key, ref] of dictionary[1].matchAll(/\/([^\s/]+)\s+(\d+) 0 R/g)) {
      const font = objects.get(Number(ref)) ?? "";
      const name = /\/BaseFont\s*\/([^\s/]+)/.exec(font)?.[1] ?? key;
      const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      let toUnicode: Map<number, string> | undefined;
      if (cmapRef) {
        toUnicode = new Map();
        const cmap = streamText(objects.get(Number(cmapRef)));
        for (const [, glyph, text] of cmap.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>/g)) {
          toUnicode.set(parseInt(glyph, 16), Buffer.from(text, "hex").swap16().toString("utf16le"));
        }
      }
      fonts.set(key, { name, toUnicode });
    }
  }
  return fonts;
}

const ARABIC = /[\u0600-\u06FF]/;

/**
 * Each drawn part of a line as text. A part in Arabic is drawn right to left (its glyphs in
 * reverse order); it is turned back to reading order here so tests can search for a name.
 */
export function pdfTextLines(bytes: Uint8Array): string[] {
  const fonts = pdfFonts(bytes);
  return pdfStreams(bytes).flatMap((content) => {
    let font: FontMaps extends Map<string, infer F> ? F | undefined : never;
    const parts: string[] = [];
    for (const match of content.matchAll(/\/([^\s/]+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj/g)) {
      if (match[1]) {
        font = fonts.get(match[1]);
        continue;
      }
      const toUnicode = font?.toUnicode;
      if (!toUnicode) {
        parts.push(decodeWindows1252(Buffer.from(match[2], "hex")));
        continue;
      }
      const glyphs = (match[2].match(/.{4}/g) ?? []).map((hex) => toUnicode.get(parseInt(hex, 16)) ?? "\u0000");
      parts.push((glyphs.some((glyph) => ARABIC.test(glyph)) ? glyphs.reverse() : glyphs).join(""));
    }
    return parts;
  });
}

/** The addresses the PDF's clickable areas (QR code, short link) lead to. */
export function pdfLinkTargets(bytes: Uint8Array): string[] {
  const all = [Buffer.from(bytes).toString("latin1"), ...pdfStreams(bytes)].join("\n");
  return [...all.matchAll(/\/URI \(([^)]*)\)/g)].map((match) => match[1]);
}

/** All text of the PDF with lines joined by spaces, so wrapped phrases can be searched. */
export function pdfText(bytes: Uint8Array): string {
  return pdfTextLines(bytes).join(" ");
}

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes)).getPageCount();
}
