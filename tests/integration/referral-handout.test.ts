// The client's handout from the referral helper against the seeded database: the Zuidwest
// scenario of issue 5 (heavy debts, rent arrears, no food, today), whose answer carries
// hand-over agreements with professionals' direct lines. The sheet and its PDF must carry none
// of that, keep to the caps, and print Turkish, Polish, Ukrainian and Arabic without a "?".
import { describe, expect, it } from "vitest";
import { GET as handoutPdf } from "@/app/[locale]/verwijzen/handout.pdf/route";
import { HANDOUT_LIMITS } from "@/lib/referral-helper/handout";
import { loadClientHandout } from "@/lib/referral-helper/handout-queries";
import { MISSING } from "@/lib/print/pdf/text-runs";
import { pdfFonts, pdfLinkTargets, pdfPageCount, pdfStreams } from "../support/pdf-text";
import { pdfPages, pdfTextByPage } from "../support/pdf-pages";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const ORIGIN = "http://localhost:3640";
const SCENARIO = "buurt=BU03440832&nodig=zware-schulden&nodig=betalingsachterstand&nodig=voedselnood&spoed=vandaag";
const TEAM_NAME = "Buurtteam Sociaal Kanaleneiland Ağaç İlkay Łódź Допомога";

const raw = (search: string) => {
  const params: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) (params[key] ??= []).push(value);
  return params;
};

/** Everything professionals agreed between organisations: never on a client's sheet. */
async function professionalTexts(): Promise<string[]> {
  const links = await t.db.referralLink.findMany({
    where: { status: "CONFIRMED" },
    select: { whenToRefer: true, handoverSteps: true, professionalContact: true, contactRole: true, whatToBring: true },
  });
  const texts = links.flatMap((link) => [link.whenToRefer, ...link.handoverSteps, link.professionalContact, link.contactRole, link.whatToBring]);
  // Long enough to be a note, not a word that any text may contain.
  return [...new Set(texts.filter((text): text is string => !!text && text.trim().length >= 12))];
}

async function pdf(search: string, locale = "nl"): Promise<Response> {
  return handoutPdf(new Request(`${ORIGIN}/${locale}/verwijzen/handout.pdf?${search}`), { params: Promise.resolve({ locale }) });
}

async function bytesOf(response: Response): Promise<Uint8Array> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/pdf");
  expect(response.headers.get("cache-control")).toBe("no-store");
  return new Uint8Array(await response.arrayBuffer());
}

/** The x of each line drawn ("1 0 0 1 x y Tm"). */
function lineStarts(bytes: Uint8Array): number[] {
  return pdfStreams(bytes).flatMap((content) => [...content.matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm/g)].map((match) => Number(match[1])));
}

describe("the client's handout", () => {
  it("has the buurtteams, at most six places, 14 030, and nothing of the professionals' agreements", async () => {
    const outcome = await loadClientHandout(raw(SCENARIO), { pageLocale: "nl", requester: "203.0.113.201", origin: ORIGIN });
    if (outcome.status !== "ok") throw new Error(`no handout: ${outcome.status}`);
    const { handout } = outcome;
    expect(handout.locale).toBe("nl");
    expect(handout.buurtteams.map((team) => team.organisation)).toEqual([
      expect.stringContaining("Kanaleneiland"),
      expect.stringContaining("Zuidwest"),
    ]);
    expect(handout.places.length).toBeGreaterThan(0);
    expect(handout.places.length).toBeLessThanOrEqual(HANDOUT_LIMITS.places);
    expect(handout.gemeente.phone).toBe("14 030");
    const notes = await professionalTexts();
    expect(notes.length).toBeGreaterThan(0);
    const sheet = JSON.stringify(handout);
    for (const note of notes) expect(sheet).not.toContain(note);
  });

  it("takes the client's language from the helper's question, and the chosen one over it", async () => {
    const arabic = await loadClientHandout(raw(`${SCENARIO}&taal=ar`), { pageLocale: "nl", requester: "203.0.113.201", origin: ORIGIN });
    expect(arabic.status === "ok" && [arabic.handout.locale, arabic.handout.dir]).toEqual(["ar", "rtl"]);
    const polish = await loadClientHandout(raw(`${SCENARIO}&taal=ar&handouttaal=pl`), { pageLocale: "nl", requester: "203.0.113.201", origin: ORIGIN });
    expect(polish.status === "ok" && polish.handout.places[0]?.url).toMatch(/^http:\/\/localhost:3640\/pl\/organisaties\//);
  });

  it("the PDF is one or two pages in Dutch, with every place, without any professional note", async () => {
    const bytes = await bytesOf(await pdf(SCENARIO));
    expect(await pdfPageCount(bytes)).toBeLessThanOrEqual(2);
    const outcome = await loadClientHandout(raw(SCENARIO), { pageLocale: "nl", requester: "203.0.113.201", origin: ORIGIN });
    if (outcome.status !== "ok") throw new Error(`no handout: ${outcome.status}`);
    expect(pdfLinkTargets(bytes)).toEqual(expect.arrayContaining([...outcome.handout.buurtteams, ...outcome.handout.places].map((place) => place.url)));
    const text = await pdfTextByPage(bytes);
    expect(text).toContain("Hulp voor u");
    expect(text).toContain("14 030");
    for (const note of await professionalTexts()) expect(text).not.toContain(note);
  });

  it("the PDF in Arabic, Turkish, Polish and Ukrainian keeps every letter, in embedded Noto fonts", async () => {
    await t.db.organization.update({ where: { slug: "buurtteam-sociaal-kanaleneiland" }, data: { name: TEAM_NAME } });
    const month = { ar: "ديسمبر", tr: "Aralık", pl: "grudnia", uk: "грудня" } as const;
    for (const locale of ["ar", "tr", "pl", "uk"] as const) {
      const bytes = await bytesOf(await pdf(`${SCENARIO}&handouttaal=${locale}`));
      expect(await pdfPageCount(bytes)).toBeLessThanOrEqual(2);
      const text = await pdfTextByPage(bytes);
      expect(text, locale).toContain(TEAM_NAME);
      // This week's dates, written by Intl in the sheet's language.
      expect(text, locale).toContain(month[locale]);
      expect(text, locale).not.toContain("\u0000");
      expect(text, locale).not.toContain(MISSING);
      // A "?" ends a question ("… mı var?") or starts the query of the link to the map of the
      // buurt; one standing for a letter would sit inside or before a word.
      expect(text.replace(/\S*\/\S*\?\S*/g, ""), locale).not.toMatch(/\?\p{L}/u);
      const fonts = (await pdfPages(bytes)).flatMap((page) => [...pdfFonts(page).values()].map((font) => font.name));
      expect(fonts.every((name) => name.startsWith("Noto")), `${locale}: no standard font`).toBe(true);
      expect(fonts.some((name) => name.startsWith("NotoSans-Regular"))).toBe(true);
      if (locale === "ar") expect(fonts.some((name) => name.startsWith("NotoNaskhArabic"))).toBe(true);
    }
  });

  it("sets an Arabic PDF flush right, a Dutch one flush left", async () => {
    const margin = 15 * (72 / 25.4);
    const dutch = lineStarts(await bytesOf(await pdf(SCENARIO)));
    const arabic = lineStarts(await bytesOf(await pdf(`${SCENARIO}&handouttaal=ar`)));
    // The first line is the site's name at the top of the page.
    expect(dutch[0]).toBeCloseTo(margin, 1);
    expect(arabic[0]).toBeGreaterThan(margin + 200);
  });

  it("answers a bad request with a 4xx and a sentence, never a 500", async () => {
    const wrongLanguage = await pdf(`${SCENARIO}&handouttaal=xx`);
    expect(wrongLanguage.status).toBe(400);
    expect(await wrongLanguage.text()).toContain("handouttaal: Kies een taal uit de lijst.");
    expect((await pdf(`${SCENARIO}&plek=${encodeURIComponent("<script>")}`)).status).toBe(400);
    expect((await pdf(`${SCENARIO}&${Array.from({ length: 200 }, (_, i) => `plek=p${i}`).join("&")}`)).status).toBe(400);
    expect((await pdf("nodig=voedselnood")).status).toBe(400);
    expect((await pdf("buurt=BU03449999")).status).toBe(400);
    // The helper is for professionals, in Dutch and English (the sheet is in any language).
    expect((await pdf(SCENARIO, "ar")).status).toBe(404);
  });
});
