// A small layout helper on top of pdf-lib: text in blocks that flow down one or more columns
// of one A4 page and are never split. pdf-lib is pure JavaScript and carries the 14 standard
// PDF fonts inside the package, so nothing is read from disk or fetched while rendering.
import { PDFDocument, PDFString, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import type { QrMatrix } from "../qr";
import { qrRuns } from "../qr";

export const A4 = { width: 595.28, height: 841.89 } as const;
const MM = 72 / 25.4;

export type FontName = "regular" | "bold" | "italic";
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
    private readonly fonts: Record<FontName, PDFFont>,
    private readonly charset: Set<number>,
  ) {}

  static async create(meta: { title: string; lang: string; subject: string }): Promise<PdfSheet> {
    // Content streams stay compressed; tests read them back with zlib (tests/support/pdf-text.ts).
    const doc = await PDFDocument.create();
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setSubject(meta.subject);
    doc.setLanguage(meta.lang);
    doc.setCreator("Sociale kaart Utrecht");
    doc.setProducer("Sociale kaart Utrecht");
    const fonts = {
      regular: await doc.embedFont(StandardFonts.Helvetica),
      bold: await doc.embedFont(StandardFonts.HelveticaBold),
      italic: await doc.embedFont(StandardFonts.HelveticaOblique),
    };
    const page = doc.addPage([A4.width, A4.height]);
    return new PdfSheet(doc, page, fonts, new Set(fonts.regular.getCharacterSet()));
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
   * The standard fonts only know the Windows-1252 letters: é, ë, ü and the euro sign work;
   * anything else (a Turkish ş, an emoji) becomes its letter without accent, or "?".
   */
  clean(text: string): string {
    return [...text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"')]
      .map((char) => {
        if (char === "\n" || this.charset.has(char.codePointAt(0) ?? 0)) return char;
        const base = char.normalize("NFD")[0];
        return base && this.charset.has(base.codePointAt(0) ?? 0) ? base : "?";
      })
      .join("");
  }

  wrap(text: string, font: FontName, size: number, width: number): string[] {
    const measure = (value: string) => this.fonts[font].widthOfTextAtSize(value, size);
    const lines: string[] = [];
    for (const paragraph of this.clean(text).split("\n")) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (measure(candidate) <= width || !line) {
          line = candidate;
        } else {
          lines.push(line);
          line = word;
        }
        // A single word longer than the line (a long e-mail address) is cut by characters.
        while (measure(line) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && measure(line.slice(0, cut)) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
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
            this.page.drawText(line, {
              x: x + (item.run.indent ?? 0),
              y: this.y + item.run.size * 0.25,
              size: item.run.size,
              font: this.fonts[item.font],
              color: item.run.grey ? GREY : BLACK,
            });
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
      this.page.drawText(line, { x, y: y - (index + 1) * size * LINE_HEIGHT + size * 0.25, size, font: this.fonts[font], color: grey ? GREY : BLACK });
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

