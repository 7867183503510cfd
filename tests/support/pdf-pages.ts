// The text of a PDF of several pages, page by page. pdf-text.ts reads fonts by their resource
// names, which two pages joined from separate documents (the client's handout) may both use
// for different fonts; each page on its own has only its own.
import { PDFDocument } from "pdf-lib";
import { pdfText } from "./pdf-text";

export async function pdfPages(bytes: Uint8Array): Promise<Uint8Array[]> {
  const source = await PDFDocument.load(bytes);
  const pages: Uint8Array[] = [];
  for (let index = 0; index < source.getPageCount(); index++) {
    const single = await PDFDocument.create();
    const [page] = await single.copyPages(source, [index]);
    single.addPage(page);
    pages.push(await single.save());
  }
  return pages;
}

/** The text of every page, pages joined by a space. */
export async function pdfTextByPage(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).map(pdfText).join(" ");
}
