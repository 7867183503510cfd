import { describe, expect, it } from "vitest";
import { GET as folderPdf } from "@/app/[locale]/organisaties/[slug]/folder.pdf/route";
import { GET as wijkkaartPdf } from "@/app/[locale]/wijken/[slug]/wijkkaart.pdf/route";
import { MISSING } from "@/lib/print/pdf/text-runs";
import { pdfFonts, pdfPageCount, pdfText } from "../support/pdf-text";
import { withTestDatabase } from "./support/test-database";

// Issue 11: with the standard PDF fonts a Turkish, Polish, Ukrainian or Arabic name came out
// with "?" for its letters. The PDFs now embed Noto Sans and Noto Naskh Arabic.
const t = withTestDatabase();
const ORIGIN = "http://localhost:3624";
const SLUG = "formulierenspreekuur-overvecht";

const ORGANISATION = "Ağaç Yardımlaşma Derneği İlkay";
const SERVICE = "مساعدة في الرسائل والفواتير";
const PLACE = "Допомога з листами та рахунками 😀";
const STREET = "ul. Łódzka 12, żółć ś ą ę";

/** Gives the organisation, its first service and that service's first place these names. */
async function named(): Promise<string[]> {
  const organisation = await t.db.organization.update({
    where: { slug: SLUG },
    data: { name: ORGANISATION },
    select: { services: { select: { id: true, locations: { select: { locationId: true } } }, orderBy: { name: "asc" }, take: 1 } },
  });
  const [service] = organisation.services;
  if (!service?.locations[0]) throw new Error(`the seed has no service with a place for ${SLUG}`);
  await t.db.service.update({ where: { id: service.id }, data: { name: SERVICE } });
  await t.db.location.update({ where: { id: service.locations[0].locationId }, data: { name: PLACE, address1: STREET } });
  return [ORGANISATION, SERVICE, PLACE.replace("😀", MISSING), STREET];
}

async function bytesOf(response: Response): Promise<Uint8Array> {
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

function expectEveryLetter(bytes: Uint8Array, names: string[]) {
  const text = pdfText(bytes);
  for (const name of names) expect(text).toContain(name);
  // No glyph drawn as the font's empty box (glyph 0 has no text in the ToUnicode map).
  expect(text).not.toContain("\u0000");
  expect(text).not.toMatch(/\?/);
  const fonts = [...pdfFonts(bytes).values()].map((font) => font.name);
  expect(fonts.some((name) => name.startsWith("NotoSans-Regular"))).toBe(true);
  expect(fonts.some((name) => name.startsWith("NotoSans-Bold"))).toBe(true);
  expect(fonts.some((name) => name.startsWith("NotoNaskhArabic"))).toBe(true);
  expect(fonts.every((name) => name.startsWith("Noto")), "no standard font is left").toBe(true);
}

describe("PDFs for names in Turkish, Polish, Ukrainian and Arabic", () => {
  it("the folder keeps every letter, in the embedded Noto fonts, one page and small", async () => {
    const names = await named();
    const response = await folderPdf(new Request(`${ORIGIN}/nl/organisaties/${SLUG}/folder.pdf`), { params: Promise.resolve({ locale: "nl", slug: SLUG }) });
    const bytes = await bytesOf(response);
    expect(await pdfPageCount(bytes)).toBe(1);
    expectEveryLetter(bytes, names);
    // Only the glyphs used are embedded (a whole Noto Sans is 630 kB).
    expect(bytes.byteLength).toBeLessThan(80_000);
  });

  it("the wijkkaart keeps every letter too", async () => {
    const names = await named();
    const response = await wijkkaartPdf(new Request(`${ORIGIN}/wijken/overvecht/wijkkaart.pdf`), { params: Promise.resolve({ locale: "nl", slug: "overvecht" }) });
    const bytes = await bytesOf(response);
    expect(await pdfPageCount(bytes)).toBe(1);
    expectEveryLetter(bytes, names);
    expect(bytes.byteLength).toBeLessThan(80_000);
  });
});
