// A small layout helper on top of pdf-lib: text in blocks that flow down one or more columns
// of one A4 page and are never split. The text is set in embedded Noto fonts (./fonts.ts),
// read from disk once per process; each line is drawn in parts, one per font (./text-runs.ts).
import { PDFDocument, PDFString, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { QrMatrix } from "../qr";
import { qrRuns } from "../qr";
import { fontkit, pdfFonts, type FontCoverage, type FontStyle } from "./fonts";
import { prepareText, visualSegments, type Script } from "./text-runs";

export const A4 = { width: 595.28, height: 841.89 } as const;
const MM = 72 / 25.4;

export type FontName = FontStyle;
export type Run = { text: string; size: number; font?: FontName; indent?: number; spaceBefore?: number; grey?: boolean };
export type Column = { x: number; width: number };

const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.3, 0.3, 0.3);
const LINE_HEIGHT = 1.25;

export class PdfSheet {
  readonly margin = 15 * MM;
  private columns: Column[] = [];
  private column = 0;
  private y = 0;
  private top = 0;
  private bottom = 0;

  private constructor(
    readonly doc: PDFDocument,
    readonly page: PDFPage,
    private readonly fonts: Record<FontName, Record<Script, PDFFont>>,
    private readonly coverage: FontCoverage,
    private readonly rtl: boolean,
  ) {}

  static async create(meta: { title: string; lang: string; subject: string }): Promise<PdfSheet> {
    // Content streams stay compressed; tests read them back with zlib (tests/support/pdf-text.ts).
    const doc = await PDFDocument.create();
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setSubject(meta.subject);
    doc.setLanguage(meta.lang);
    doc.setCreator("Sociale kaart Utrecht");
    doc.setProducer("Sociale kaart Utrecht");
    const { files, coverage } = await pdfFonts();
    doc.registerFontkit(fontkit);
    // subset: only the glyphs this page uses go into the file (a whole Noto Sans is 630 kB).
    // pdf-lib draws glyphs by their advance widths and ignores fontkit's positioning (kerning,
    // mark placement), so those features are switched off: they only cost time. Arabic keeps
    // its shaping (initial, medial, final forms and the lam-alef ligature: GSUB).
    const positioning = { kern: false, mark: false, mkmk: false, curs: false };
    const latin = (bytes: Uint8Array) => doc.embedFont(bytes, { subset: true, features: { ...positioning, liga: false, calt: false } });
    const arabic = (bytes: Uint8Array) => doc.embedFont(bytes, { subset: true, features: positioning });
    const arabicRegular = await arabic(files.arabic.regular);
    const fonts = {
      regular: { latin: await latin(files.latin.regular), arabic: arabicRegular },
      bold: { latin: await latin(files.latin.bold), arabic: await arabic(files.arabic.bold) },
      italic: { latin: await latin(files.latin.italic), arabic: arabicRegular },
    };
    const page = doc.addPage([A4.width, A4.height]);
    return new PdfSheet(doc, page, fonts, coverage, meta.lang.startsWith("ar"));
  }

  /** Content width between the page margins. */
  get contentWidth(): number {
    return A4.width - 2 * this.margin;
  }

  /** Where the next block starts, measured from the bottom of the page (PDF coordinates). */
  get cursor(): number {
    return this.y;
  }

  /**
   * Noto Sans and Noto Naskh Arabic cover Latin (with Turkish and Polish), Cyrillic, Greek and
   * Arabic; anything else (an emoji) becomes its letter without accent, or a visible U+FFFD.
   */
  clean(text: string): string {
    return prepareText(text, this.coverage);
  }

  // Widths at 1 pt by font and text: measuring an embedded font shapes the text with fontkit,
  // about a thousand times slower than a standard font, and wrapping measures every word.
  private readonly widths = new Map<string, number>();

  /** The width of one line of cleaned text, part by part in the font for each part. */
  private width(line: string, font: FontName, size: number): number {
    const key = `${font}\u0000${line}`;
    let unit = this.widths.get(key);
    if (unit === undefined) {
      unit = visualSegments(line, this.coverage).reduce((sum, part) => sum + this.fonts[font][part.script].widthOfTextAtSize(part.text, 1), 0);
      this.widths.set(key, unit);
    }
    return unit * size;
  }

  /**
   * Draws one line of cleaned text; in an Arabic document every line is set flush right, as
   * dir="rtl" does in HTML, also one that starts with a Dutch name (its own order stays left
   * to right: visualSegments).
   */
  private drawLine(line: string, x: number, y: number, width: number, size: number, font: FontName, grey: boolean): void {
    let left = this.rtl ? x + width - this.width(line, font, size) : x;
    for (const part of visualSegments(line, this.coverage)) {
      const partFont = this.fonts[font][part.script];
      this.page.drawText(part.text, { x: left, y, size, font: partFont, color: grey ? GREY : BLACK });
      left += partFont.widthOfTextAtSize(part.text, size);
    }
  }

  wrap(text: string, font: FontName, size: number, width: number): string[] {
    const measure = (value: string) => this.width(value, font, size);
    const space = measure(" ");
    const lines: string[] = [];
    for (const paragraph of this.clean(text).split("\n")) {
      // A line's width is the sum of its words and spaces, so each word is measured once.
      let line = "";
      let lineWidth = 0;
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const wordWidth = measure(word);
        const candidateWidth = line ? lineWidth + space + wordWidth : wordWidth;
        if (candidateWidth <= width || !line) {
          line = line ? `${line} ${word}` : word;
          lineWidth = candidateWidth;
        } else {
          lines.push(line);
          line = word;
          lineWidth = wordWidth;
        }
        // A single word longer than the line (a long e-mail address) is cut by characters.
        while (lineWidth > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
          lineWidth = measure(line);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Lays the following blocks out in these columns, from `top` down to `bottom`. */
  setColumns(columns: Column[], top: number, bottom: number): void {
    this.columns = columns;
    this.column = 0;
    this.top = top;
    this.bottom = bottom;
    this.y = top;
  }

  private layout(runs: Run[], width: number) {
    return runs.map((run) => {
      const font = run.font ?? "regular";
      const lines = this.wrap(run.text, font, run.size, width - (run.indent ?? 0));
      return { run, font, lines, height: (run.spaceBefore ?? 0) + lines.length * run.size * LINE_HEIGHT };
    });
  }

  /** Height of a block in the current column width, for deciding before drawing. */
  measure(runs: Run[]): number {
    const width = this.columns[this.column]?.width ?? this.contentWidth;
    return this.layout(runs, width).reduce((sum, item) => sum + item.height, 0);
  }

  /**
   * Draws a block whole: in the current column if it fits, else at the top of the next.
   * False when no column has room left: the caller then says there is more on the website.
   */
  block(runs: Run[], reserve = 0): boolean {
    const start = { column: this.column, y: this.y };
    while (this.column < this.columns.length) {
      const { x, width } = this.columns[this.column];
      const laidOut = this.layout(runs, width);
      const height = laidOut.reduce((sum, item) => sum + item.height, 0);
      const atTop = this.y === this.top;
      // Space before the first run is not needed at the top of a column.
      const needed = height - (atTop ? (laidOut[0]?.run.spaceBefore ?? 0) : 0);
      if (this.y - needed >= this.bottom + reserve) {
        laidOut.forEach((item, index) => {
          if (!(atTop && index === 0)) this.y -= item.run.spaceBefore ?? 0;
          for (const line of item.lines) {
            this.y -= item.run.size * LINE_HEIGHT;
            const indent = item.run.indent ?? 0;
            this.drawLine(line, x + indent, this.y + item.run.size * 0.25, width - indent, item.run.size, item.font, item.run.grey ?? false);
          }
        });
        return true;
      }
      this.column++;
      this.y = this.top;
    }
    // Nothing drawn: stay where we were, so a last short line ("there is more") may still fit.
    this.column = start.column;
    this.y = start.y;
    return false;
  }

  /** Text at a fixed place, outside the column flow (headers, footers). Returns the lines drawn. */
  textAt(text: string, x: number, y: number, size: number, font: FontName = "regular", width = this.contentWidth, grey = false): number {
    const lines = this.wrap(text, font, size, width);
    lines.forEach((line, index) => {
      this.drawLine(line, x, y - (index + 1) * size * LINE_HEIGHT + size * 0.25, width, size, font, grey);
    });
    return lines.length * size * LINE_HEIGHT;
  }

  /** A QR code as black squares, `size` points wide, its top-left corner at (x, top). */
  qr(matrix: QrMatrix, x: number, top: number, size: number, url: string): void {
    const cell = size / matrix.size;
    for (const run of qrRuns(matrix)) {
      this.page.drawRectangle({
        x: x + run.start * cell,
        y: top - (run.row + 1) * cell,
        width: run.length * cell,
        height: cell,
        color: BLACK,
      });
    }
    this.link(url, x, top - size, size, size);
  }

  /** Makes a rectangle of the page clickable in a PDF viewer. */
  link(url: string, x: number, y: number, width: number, height: number): void {
    const annotation = this.doc.context.register(
      this.doc.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [x, y, x + width, y + height],
        Border: [0, 0, 0],
        A: { Type: "Action", S: "URI", URI: PDFString.of(url) },
      }),
    );
    this.page.node.addAnnot(annotation);
  }

  line(x1: number, y: number, x2: number): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.75, color: GREY });
  }

  async save(): Promise<Uint8Array> {
    return this.doc.save();
  }
}

