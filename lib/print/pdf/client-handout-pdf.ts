// The client's handout from the referral helper as a one-page A4 PDF: the buurtteam and the
// gemeente's number across the top, the places in two columns, each with a QR code to its
// listing, and at the foot a QR code to the helper's answer for everything that did not fit.
// The same model as the HTML page (lib/referral-helper/handout.ts); the PDF has one page
// (PdfSheet draws one), so a place that does not fit gives way to "more on the website".
import type { ClientHandout, HandoutPlace, HandoutTranslator } from "../../referral-helper/handout";
import { qrMatrix } from "../qr";
import { PdfSheet, type Run } from "./sheet";

const BODY = 11;
const PLACE_QR = 58;
const FOOT_QR = 72;
const GAP = 8;

const PDF_LANG: Record<ClientHandout["locale"], string> = { nl: "nl-NL", en: "en-GB", ar: "ar", tr: "tr-TR", pl: "pl-PL", uk: "uk-UA" };

function placeRuns(place: HandoutPlace, t: HandoutTranslator, indent: number): Run[] {
  const runs: Run[] = [
    { text: place.name, size: BODY + 1, font: "bold", spaceBefore: 10, indent },
    ...(place.organisation !== place.name ? [{ text: place.organisation, size: BODY - 1, indent, grey: true }] : []),
  ];
  if (place.address) runs.push({ text: `${t("clientHandout.address")}: ${place.address}`, size: BODY, indent });
  if (place.phone) runs.push({ text: `${t("clientHandout.phone")}: ${place.phone}`, size: BODY, font: "bold", indent });
  if (place.days.length > 0) runs.push({ text: `${t("clientHandout.open")}:`, size: BODY, indent, spaceBefore: 2 });
  for (const day of place.days) runs.push({ text: `${day.day}: ${day.times}`, size: BODY - 0.5, indent });
  if (place.hoursNote) runs.push({ text: place.hoursNote, size: BODY - 0.5, indent, font: "italic" });
  return runs;
}

/**
 * Draws a place as one block with its QR code beside it, at the inline start of an LTR column
 * (in Arabic the text is set flush right, so the code is at the other side, clear of it).
 * False when the page is full.
 */
function drawPlace(sheet: PdfSheet, place: HandoutPlace, t: HandoutTranslator, layout: { columns: { x: number; width: number }[]; top: number; column: number }, reserve: number): boolean {
  const indent = PLACE_QR + GAP;
  const runs = placeRuns(place, t, indent);
  // The code is as tall as the text at least: pad a short block so the next one starts below it.
  const height = sheet.measure(runs) - (runs[0].spaceBefore ?? 0);
  if (height < PLACE_QR) runs.push({ text: " ", size: BODY, spaceBefore: Math.max(0, PLACE_QR - height - BODY * 1.25 + 2) });
  const before = sheet.cursor;
  if (!sheet.block(runs, reserve)) return false;
  const moved = sheet.cursor > before;
  if (moved) layout.column += 1;
  const top = moved ? layout.top : before - (runs[0].spaceBefore ?? 0);
  const column = layout.columns[layout.column];
  sheet.qr(qrMatrix(place.url), column.x, top - 2, PLACE_QR, place.url);
  return true;
}

export async function renderClientHandoutPdf(handout: ClientHandout, t: HandoutTranslator): Promise<Uint8Array> {
  const sheet = await PdfSheet.create({ title: t("clientHandout.title"), lang: PDF_LANG[handout.locale], subject: handout.moreUrl });
  const { margin, contentWidth } = sheet;
  const left = margin;
  const top = sheet.page.getHeight() - margin;

  // Header: the site, the title, what this sheet is and for which week.
  let y = top;
  y -= sheet.textAt(t("site"), left, y, 10, "regular", contentWidth, true);
  y -= sheet.textAt(t("clientHandout.title"), left, y - 2, 22, "bold", contentWidth) + 2;
  y -= sheet.textAt(t("clientHandout.intro", { buurt: handout.buurt }), left, y - 4, BODY, "regular", contentWidth) + 4;
  y -= sheet.textAt(handout.week, left, y - 2, BODY, "bold", contentWidth) + 2;
  sheet.line(left, y - 6, left + contentWidth);

  // Footer first, so the flow above knows where to stop: the code to the helper's answer.
  const footerTop = margin + FOOT_QR + 4;
  sheet.line(left, footerTop + 4, left + contentWidth);
  sheet.qr(qrMatrix(handout.moreUrl), left, footerTop, FOOT_QR, handout.moreUrl);
  const footLeft = left + FOOT_QR + 12;
  const footWidth = contentWidth - FOOT_QR - 12;
  let fy = footerTop - 2;
  if (handout.truncated) fy -= sheet.textAt(t("clientHandout.truncated"), footLeft, fy, BODY, "bold", footWidth);
  fy -= sheet.textAt(t("clientHandout.more"), footLeft, fy, BODY, "regular", footWidth);
  const urlHeight = sheet.textAt(handout.moreShortUrl, footLeft, fy - 2, 8, "regular", footWidth);
  sheet.link(handout.moreUrl, footLeft, fy - 2 - urlHeight, footWidth, urlHeight);
  fy -= urlHeight + 2;
  sheet.textAt(handout.printedOn, footLeft, fy - 2, 8.5, "regular", footWidth, true);

  // The buurtteam and the gemeente across the page: they are the way in, always there.
  const heading = (text: string, spaceBefore = 12): Run => ({ text, size: 15, font: "bold", spaceBefore });
  sheet.setColumns([{ x: left, width: contentWidth }], y - 12, footerTop + 12);
  const moreLine: Run[] = [{ text: t("clientHandout.truncated"), size: BODY, font: "bold", spaceBefore: 8 }];
  const reserve = 0;
  if (handout.buurtteams.length > 0) {
    sheet.block([heading(t("clientHandout.buurtteam"), 0), { text: t("clientHandout.buurtteamIntro"), size: BODY, spaceBefore: 2 }], reserve);
    const teamColumns = { columns: [{ x: left, width: contentWidth }], top: sheet.cursor, column: 0 };
    for (const team of handout.buurtteams) drawPlace(sheet, team, t, teamColumns, reserve);
  }
  sheet.block([
    heading(t("clientHandout.gemeenteHeading")),
    { text: t("clientHandout.gemeente", { phone: handout.gemeente.phone }), size: BODY, font: "bold", spaceBefore: 2 },
  ]);

  sheet.block([heading(t("clientHandout.places"))]);
  if (handout.places.length === 0) {
    sheet.block([{ text: t("clientHandout.noPlaces"), size: BODY, spaceBefore: 4 }]);
    return sheet.save();
  }
  // Two columns for the places, from here down to the footer.
  const columnWidth = (contentWidth - 18) / 2;
  const columns = [
    { x: left, width: columnWidth },
    { x: left + columnWidth + 18, width: columnWidth },
  ];
  // In Arabic the first column is the right-hand one.
  if (handout.dir === "rtl") columns.reverse();
  const placesTop = sheet.cursor - 2;
  sheet.setColumns(columns, placesTop, footerTop + 12);
  const layout = { columns, top: placesTop, column: 0 };
  const lineHeight = sheet.measure(moreLine);
  for (const place of handout.places) {
    if (!drawPlace(sheet, place, t, layout, lineHeight)) {
      // Said once, when the footer does not say it already.
      if (!handout.truncated) sheet.block(moreLine);
      break;
    }
  }
  return sheet.save();
}
