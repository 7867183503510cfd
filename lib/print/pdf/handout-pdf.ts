// The folder of one organisation as a one-page PDF in large type (13 pt body): for clients who
// read less well or see less well, and for handing over at a kitchen table.
import type { Handout } from "../handout";
import type { PrintTranslator } from "../messages";
import { qrMatrix } from "../qr";
import { pdfLang } from "./pdf-lang";
import { PdfSheet, type Run } from "./sheet";

const BODY = 13;
const QR_SIZE = 120;

export async function renderHandoutPdf(handout: Handout, t: PrintTranslator): Promise<Uint8Array> {
  const sheet = await PdfSheet.create({ title: t("handoutTitle", { name: handout.name }), lang: pdfLang(handout.locale), subject: handout.url });
  const { margin, contentWidth } = sheet;
  const left = margin;
  const top = sheet.page.getHeight() - margin;

  // Header: the name and what kind of help on the left, the QR code to the listing on the right.
  const headerWidth = contentWidth - QR_SIZE - 18;
  let y = top;
  y -= sheet.textAt(t("site"), left, y, 10, "regular", headerWidth, true);
  y -= sheet.textAt(handout.name, left, y - 4, 24, "bold", headerWidth) + 4;
  y -= sheet.textAt(handout.kindLabel, left, y - 2, 12, "regular", headerWidth, true) + 2;
  const qrLeft = left + contentWidth - QR_SIZE;
  sheet.qr(qrMatrix(handout.url), qrLeft, top, QR_SIZE, handout.url);
  const captionHeight = sheet.textAt(t("qrCaption"), qrLeft, top - QR_SIZE - 4, 9, "regular", QR_SIZE, true);
  const headerBottom = Math.min(y, top - QR_SIZE - 4 - captionHeight) - 10;
  sheet.line(left, headerBottom, left + contentWidth);

  // The footer is drawn first so the flow above knows where to stop.
  const footerTop = margin + 30;
  sheet.line(left, footerTop, left + contentWidth);
  sheet.textAt(handout.printedOn, left, footerTop - 4, 9, "regular", contentWidth, true);
  const urlHeight = sheet.textAt(handout.shortUrl, left, footerTop - 16, 10, "bold", contentWidth);
  sheet.link(handout.url, left, footerTop - 16 - urlHeight, contentWidth, urlHeight);

  const moreLine: Run[] = [{ text: t("more"), size: BODY, font: "bold", spaceBefore: 10 }];
  const reserve = sheet.measure(moreLine) + 4;
  sheet.setColumns([{ x: left, width: contentWidth }], headerBottom - 6, footerTop + 8);

  const heading = (text: string): Run => ({ text, size: 16, font: "bold", spaceBefore: 14 });
  const blocks: Run[][] = [];
  blocks.push([heading(t("whatTheyDo")), { text: handout.summary, size: BODY, spaceBefore: 4 }]);
  if (handout.helpWith) blocks.push([{ text: handout.helpWith, size: BODY, spaceBefore: 4 }]);

  // Contact and what to bring before the places: when an organisation has many places, the
  // last ones give way (the QR code has them all), never the phone number.
  if (handout.contact.length > 0) {
    blocks.push([
      heading(t("contact")),
      ...handout.contact.map((line, index): Run => ({ text: `${line.label}: ${line.value}`, size: BODY, spaceBefore: index === 0 ? 4 : 0 })),
    ]);
  }
  handout.bring.forEach((item, index) => {
    blocks.push([
      ...(index === 0 ? [heading(t("bring"))] : []),
      { text: item.from, size: BODY - 1, font: "bold", spaceBefore: 4 },
      { text: item.text, size: BODY },
    ]);
  });

  handout.places.forEach((place, index) => {
    const first: Run[] = index === 0 ? [heading(t("whereAndWhen"))] : [];
    blocks.push([
      ...first,
      { text: place.name, size: BODY, font: "bold", spaceBefore: 8 },
      { text: place.address, size: BODY },
      ...place.services.flatMap((service): Run[] => [
        { text: service.name, size: BODY - 1, font: "bold", spaceBefore: 4, indent: 12 },
        ...(service.lines.length === 0 ? [{ text: t("noHours"), size: BODY - 1, indent: 12 }] : []),
        ...service.lines.map((line): Run => ({ text: `${line.days}: ${line.times}`, size: BODY, indent: 12 })),
        ...(service.note ? [{ text: service.note, size: BODY - 1, indent: 12, font: "italic" as const }] : []),
        ...service.thisWeek.map((text): Run => ({ text: `${t("thisWeek")}: ${text}`, size: BODY - 1, indent: 12, font: "bold" })),
      ]),
    ]);
  });

  let complete = true;
  for (const block of blocks) {
    if (!sheet.block(block, reserve)) {
      complete = false;
      break;
    }
  }
  if (!complete || handout.truncated) sheet.block(moreLine);
  return sheet.save();
}
