// The wijkkaart as one A4 PDF in two columns: buurtteams first (the question "which team is
// mine?"), then the places in the wijk with walk-in times and phone numbers.
import type { PrintTranslator } from "../messages";
import { qrMatrix } from "../qr";
import type { Wijkkaart, WijkPlace, WijkTeam } from "../wijkkaart";
import { pdfLang } from "./pdf-lang";
import { PdfSheet, type Run } from "./sheet";

const BODY = 9.5;
const QR_SIZE = 92;
const GUTTER = 18;

function teamBlock(team: WijkTeam): Run[] {
  return [
    { text: team.name, size: BODY, font: "bold", spaceBefore: 5 },
    ...(team.phone ? [{ text: team.phone, size: BODY }] : []),
    { text: team.buurten, size: BODY - 1, grey: true },
  ];
}

function placeBlock(place: WijkPlace, t: PrintTranslator): Run[] {
  return [
    { text: place.organisation, size: BODY, font: "bold", spaceBefore: 6 },
    { text: `${place.place}, ${place.address}`, size: BODY - 0.5 },
    ...(place.phone ? [{ text: `${t("phone")}: ${place.phone}`, size: BODY - 0.5 }] : []),
    ...place.services.flatMap((service): Run[] => [
      { text: service.name, size: BODY - 0.5, font: "italic", indent: 8 },
      ...service.lines.map((line): Run => ({ text: `${line.days}: ${line.times}`, size: BODY - 0.5, indent: 8 })),
      ...service.thisWeek.map((text): Run => ({ text, size: BODY - 1, font: "bold", indent: 8 })),
    ]),
  ];
}

export async function renderWijkkaartPdf(kaart: Wijkkaart, t: PrintTranslator): Promise<Uint8Array> {
  const sheet = await PdfSheet.create({ title: kaart.title, lang: pdfLang(kaart.locale), subject: kaart.url });
  const { margin, contentWidth } = sheet;
  const left = margin;
  const top = sheet.page.getHeight() - margin;

  const headerWidth = contentWidth - QR_SIZE - 18;
  let y = top;
  y -= sheet.textAt(t("site"), left, y, 9, "regular", headerWidth, true);
  y -= sheet.textAt(kaart.title, left, y - 2, 20, "bold", headerWidth) + 2;
  y -= sheet.textAt(kaart.intro, left, y - 4, 11, "regular", headerWidth) + 4;
  y -= sheet.textAt(kaart.qrCaption, left, y - 4, 9.5, "regular", headerWidth, true) + 4;
  const urlHeight = sheet.textAt(kaart.shortUrl, left, y - 2, 10, "bold", headerWidth);
  sheet.link(kaart.url, left, y - 2 - urlHeight, headerWidth, urlHeight);
  y -= urlHeight + 2;
  const qrLeft = left + contentWidth - QR_SIZE;
  sheet.qr(qrMatrix(kaart.url), qrLeft, top, QR_SIZE, kaart.url);
  const headerBottom = Math.min(y, top - QR_SIZE) - 8;
  sheet.line(left, headerBottom, left + contentWidth);

  const footerTop = margin + 14;
  sheet.line(left, footerTop, left + contentWidth);
  sheet.textAt(`${kaart.printedOn} ${kaart.shortUrl}`, left, footerTop - 3, 8.5, "regular", contentWidth, true);

  const columnWidth = (contentWidth - GUTTER) / 2;
  sheet.setColumns(
    [
      { x: left, width: columnWidth },
      { x: left + columnWidth + GUTTER, width: columnWidth },
    ],
    headerBottom - 4,
    footerTop + 6,
  );
  const moreLine: Run[] = [{ text: t("more"), size: BODY + 1, font: "bold", spaceBefore: 8 }];
  const reserve = sheet.measure(moreLine) + 2;
  const heading = (text: string): Run => ({ text, size: 12.5, font: "bold", spaceBefore: 10 });
  const subheading = (text: string): Run => ({ text, size: 10.5, font: "bold", spaceBefore: 8 });

  const blocks: Run[][] = [];
  const teams = [...kaart.teams.sociaal, ...kaart.teams.jeugdEnGezin];
  teams.forEach((team, index) => {
    blocks.push([...(index === 0 ? [heading(t("buurtteams")), { text: t("buurtteamsIntro"), size: BODY - 0.5, spaceBefore: 2 }] : []), ...teamBlock(team)]);
  });
  const groups = [
    { label: t("informal"), places: kaart.informal },
    { label: t("formal"), places: kaart.formal },
  ].filter((group) => group.places.length > 0);
  if (groups.length === 0) blocks.push([heading(t("places")), { text: t("noPlaces"), size: BODY, spaceBefore: 4 }]);
  groups.forEach((group, groupIndex) => {
    group.places.forEach((place, index) => {
      const lead: Run[] = [...(groupIndex === 0 && index === 0 ? [heading(t("places"))] : []), ...(index === 0 ? [subheading(group.label)] : [])];
      blocks.push([...lead, ...placeBlock(place, t)]);
    });
  });
  kaart.withoutAddress.forEach((item, index) => {
    blocks.push([
      ...(index === 0 ? [subheading(t("noAddress"))] : []),
      { text: `${item.organisation}: ${item.service}`, size: BODY - 0.5, font: "bold", spaceBefore: 4 },
      ...(item.phone ? [{ text: `${t("phone")}: ${item.phone}`, size: BODY - 0.5 }] : []),
    ]);
  });

  let complete = true;
  for (const block of blocks) {
    if (!sheet.block(block, reserve)) {
      complete = false;
      break;
    }
  }
  if (!complete || kaart.truncated) sheet.block(moreLine);
  return sheet.save();
}
