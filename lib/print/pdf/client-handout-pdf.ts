// The client's handout from the referral helper as an A4 PDF of one or two pages: the
// buurtteams side by side and the gemeente's number at the top, the places in two columns,
// each with a QR code to its listing, and at the foot of each page a QR code to the helper's
// answer for everything that did not fit. The same model as the HTML page
// (lib/referral-helper/handout.ts). PdfSheet lays out one page; places that do not fit on the
// first go on a second sheet, and the two are joined into one file.
import { PDFDocument } from "pdf-lib";
import type { ClientHandout, HandoutPlace, HandoutTranslator } from "../../referral-helper/handout";
import { qrMatrix } from "../qr";
import { PdfSheet, type Column, type Run } from "./sheet";

const BODY = 11;
const PLACE_QR = 56;
const FOOT_QR = 72;
const GAP = 8;
/** Two A4 pages: what the HTML page prints on, and what a client keeps. */
const MAX_PAGES = 2;

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

type Flow = { columns: Column[]; top: number; column: number };

/**
 * Draws a place as one block with its QR code beside it, at the left of its column (in Arabic
 * the text is set flush right, so the code is at the other side, clear of it). False when the
 * page is full.
 */
function drawPlace(sheet: PdfSheet, place: HandoutPlace, t: HandoutTranslator, flow: Flow, reserve = 0): boolean {
  const runs = placeRuns(place, t, PLACE_QR + GAP);
  // The code is as tall as the text at least: pad a short block so the next one starts below it.
  const height = sheet.measure(runs) - (runs[0].spaceBefore ?? 0);
  if (height < PLACE_QR) runs.push({ text: " ", size: BODY, spaceBefore: Math.max(0, PLACE_QR - height - BODY * 1.25 + 2) });
  const before = sheet.cursor;
  if (!sheet.block(runs, reserve)) return false;
  const moved = sheet.cursor > before;
  if (moved) flow.column += 1;
  const top = moved ? flow.top : before - (runs[0].spaceBefore ?? 0);
  sheet.qr(qrMatrix(place.url), flow.columns[flow.column].x, top - 2, PLACE_QR, place.url);
  return true;
}

/** Header and footer of a page; returns where the content starts and must stop. */
function drawFrame(sheet: PdfSheet, handout: ClientHandout, t: HandoutTranslator, first: boolean): { top: number; bottom: number } {
  const { margin, contentWidth } = sheet;
  const left = margin;
  let y = sheet.page.getHeight() - margin;
  y -= sheet.textAt(t("site"), left, y, 10, "regular", contentWidth, true);
  y -= sheet.textAt(t("clientHandout.title"), left, y - 2, first ? 22 : 15, "bold", contentWidth) + 2;
  if (first) {
    y -= sheet.textAt(t("clientHandout.intro", { buurt: handout.buurt }), left, y - 4, BODY, "regular", contentWidth) + 4;
    y -= sheet.textAt(handout.week, left, y - 2, BODY, "bold", contentWidth) + 2;
  }
  sheet.line(left, y - 6, left + contentWidth);

  // The footer: the code to the helper's answer, on every page (a page may get separated).
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
  return { top: y - 12, bottom: footerTop + 12 };
}

/** Two columns, from the inline start: in Arabic the first is the right-hand one. */
function twoColumns(sheet: PdfSheet, rtl: boolean): Column[] {
  const width = (sheet.contentWidth - 18) / 2;
  const columns = [
    { x: sheet.margin, width },
    { x: sheet.margin + width + 18, width },
  ];
  return rtl ? columns.reverse() : columns;
}

/** Draws places from the first on; returns how many fitted. */
function drawPlaces(sheet: PdfSheet, places: readonly HandoutPlace[], t: HandoutTranslator, columns: Column[], top: number, bottom: number): number {
  sheet.setColumns(columns, top, bottom);
  const flow: Flow = { columns, top, column: 0 };
  let drawn = 0;
  while (drawn < places.length && drawPlace(sheet, places[drawn], t, flow)) drawn++;
  return drawn;
}

async function firstPage(handout: ClientHandout, t: HandoutTranslator, meta: Parameters<typeof PdfSheet.create>[0]): Promise<{ sheet: PdfSheet; drawn: number }> {
  const sheet = await PdfSheet.create(meta);
  const { top, bottom } = drawFrame(sheet, handout, t, true);
  const columns = twoColumns(sheet, handout.dir === "rtl");
  const full = { x: sheet.margin, width: sheet.contentWidth };
  const heading = (text: string, spaceBefore = 12): Run => ({ text, size: 15, font: "bold", spaceBefore });

  // The buurtteams side by side and the gemeente across the page: the way in, always there.
  sheet.setColumns([full], top, bottom);
  if (handout.buurtteams.length > 0) {
    sheet.block([heading(t("clientHandout.buurtteam"), 0), { text: t("clientHandout.buurtteamIntro"), size: BODY, spaceBefore: 2 }]);
    const teamsTop = sheet.cursor;
    let lowest = teamsTop;
    handout.buurtteams.forEach((team, index) => {
      const column = columns[index % columns.length];
      sheet.setColumns([column], teamsTop, bottom);
      drawPlace(sheet, team, t, { columns: [column], top: teamsTop, column: 0 });
      lowest = Math.min(lowest, sheet.cursor);
    });
    sheet.setColumns([full], lowest, bottom);
  }
  sheet.block([
    heading(t("clientHandout.gemeenteHeading")),
    { text: t("clientHandout.gemeente", { phone: handout.gemeente.phone }), size: BODY, font: "bold", spaceBefore: 2 },
  ]);
  sheet.block([heading(t("clientHandout.places"))]);
  if (handout.places.length === 0) {
    sheet.block([{ text: t("clientHandout.noPlaces"), size: BODY, spaceBefore: 4 }]);
    return { sheet, drawn: 0 };
  }
  return { sheet, drawn: drawPlaces(sheet, handout.places, t, columns, sheet.cursor - 2, bottom) };
}

export async function renderClientHandoutPdf(handout: ClientHandout, t: HandoutTranslator): Promise<Uint8Array> {
  const meta = { title: t("clientHandout.title"), lang: PDF_LANG[handout.locale], subject: handout.moreUrl };
  const first = await firstPage(handout, t, meta);
  const sheets = [first.sheet];
  let drawn = first.drawn;
  while (drawn < handout.places.length && sheets.length < MAX_PAGES) {
    const sheet = await PdfSheet.create(meta);
    const { top, bottom } = drawFrame(sheet, handout, t, false);
    const more = drawPlaces(sheet, handout.places.slice(drawn), t, twoColumns(sheet, handout.dir === "rtl"), top, bottom);
    sheets.push(sheet);
    if (more === 0) break;
    drawn += more;
  }
  if (sheets.length === 1) return first.sheet.save();

  // PdfSheet embeds its fonts when it saves, so each page is saved and read back before joining.
  const joined = await PDFDocument.create();
  joined.setTitle(meta.title, { showInWindowTitleBar: true });
  joined.setSubject(meta.subject);
  joined.setLanguage(meta.lang);
  joined.setCreator("Sociale kaart Utrecht");
  joined.setProducer("Sociale kaart Utrecht");
  for (const sheet of sheets) {
    const page = await PDFDocument.load(await sheet.save());
    const [copied] = await joined.copyPages(page, [0]);
    joined.addPage(copied);
  }
  return joined.save();
}
