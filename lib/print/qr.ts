// QR codes as a grid of dark and light squares, drawn by ourselves: as SVG rectangles on the
// HTML handout and as vector squares in the PDF. Sharp at any printer resolution, no images.
import QRCode from "qrcode";

export type QrMatrix = { size: number; dark: (row: number, col: number) => boolean };

/** Level M survives a crease or a coffee ring on paper and keeps the code small. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}

/**
 * One SVG path for all dark modules (in module units), each row's runs merged into one
 * rectangle: a few hundred bytes instead of one element per square.
 */
export function qrSvgPath(matrix: QrMatrix): string {
  return qrRuns(matrix)
    .map((run) => `M${run.start} ${run.row}h${run.length}v1h-${run.length}z`)
    .join("");
}

/** Dark runs per row, for drawing the code as rectangles in a PDF. */
export function qrRuns(matrix: QrMatrix): { row: number; start: number; length: number }[] {
  const runs: { row: number; start: number; length: number }[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.dark(row, col)) col++;
      runs.push({ row, start, length: col - start });
    }
  }
  return runs;
}
