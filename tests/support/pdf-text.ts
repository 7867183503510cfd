// Reads back what our PDFs say, for tests: pdf-lib writes each line of text as one hex string
// in Windows-1252 ("<4E6F6F64> Tj") inside deflated content streams. Enough for our own
// files; not a general PDF text extractor.
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

export function pdfTextLines(bytes: Uint8Array): string[] {
  return pdfStreams(bytes).flatMap((content) =>
    [...content.matchAll(/<([0-9A-Fa-f]*)> Tj/g)].map((match) => decodeWindows1252(Buffer.from(match[1], "hex"))),
  );
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
