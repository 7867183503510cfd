// The client's sheet from the referral helper (issue 11, point 7): opened from /verwijzen with a
// plain GET form, printed on one or two A4 pages without the professional's notes, in the
// client's language (Arabic right to left), as a PDF without "?" for letters, axe clean, and
// without JavaScript. The server's clock is real: no assertion here depends on today's hours.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pdfTextByPage } from "../support/pdf-pages";
import { pdfPageCount } from "../support/pdf-text";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCENARIO_QUERY =
  "buurt=BU03440832&nodig=betalingsachterstand&nodig=zware-schulden&nodig=voedselnood&spoed=vandaag&reizen=ja";

/** Words only the professional's view has: why a place is listed, the warm hand-over, agreements. */
const PROFESSIONAL_ONLY = [/Waarom staat dit hier/i, /Zo draag je warm over/i, /Afspraak van /i, /vaste afspraak/i, /bel (eerst )?vooraf/i];

async function openSheetFromHelper(page: Page, language?: string) {
  await page.goto(`/verwijzen?${SCENARIO_QUERY}`);
  const form = page.getByRole("region", { name: "Blad voor de cliënt" });
  if (language) await form.getByLabel("Taal van het blad").selectOption(language);
  await form.getByRole("button", { name: "Maak het blad voor de cliënt" }).click();
  await expect(page).toHaveURL(/\/verwijzen\/handout\?/);
}

async function expectNoProfessionalNotes(text: string) {
  for (const words of PROFESSIONAL_ONLY) expect(text).not.toMatch(words);
}

test("from the helper's answer, the form opens the client's sheet; on paper it is one or two A4 pages without notes", async ({ page }) => {
  await openSheetFromHelper(page);
  const sheet = page.locator("article.handout-sheet");
  await expect(sheet.getByRole("heading", { level: 1, name: "Hulp voor u" })).toBeVisible();
  await expect(sheet.getByRole("heading", { level: 2, name: "Uw buurtteam" })).toBeVisible();
  await expect(sheet.getByRole("region", { name: "Gemeente Utrecht" }).getByText(/14 030/)).toBeVisible();
  await expect(sheet.locator(".handout-places--columns > li")).toHaveCount(6);
  await expect(sheet.locator(".handout-qr svg[role=img]").first()).toBeVisible();
  await expectNoProfessionalNotes(await sheet.innerText());

  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  const pages = await pdfPageCount(new Uint8Array(pdf));
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  // What is on paper: the page as printed (innerText leaves out what print CSS hides).
  await page.emulateMedia({ media: "print" });
  const printed = await page.locator("body").innerText();
  expect(printed).toContain("Hulp voor u");
  expect(printed).not.toContain("Toon in deze taal");
  await expectNoProfessionalNotes(printed);
});

test("a place unticked in the helper's list is left off the sheet", async ({ page }) => {
  await page.goto(`/verwijzen?${SCENARIO_QUERY}`);
  const formal = page.getByRole("region", { name: "De formele route bij zware schulden" });
  const first = formal.getByRole("listitem").first();
  const [organisation, service] = (await first.getByRole("heading", { level: 4 }).innerText()).split(" — ");
  // Ticked, it is among the first places on the sheet (the formal route comes right after the buurtteams).
  const onSheet = (p: Page) => p.locator(".handout-places--columns > li").filter({ hasText: organisation.trim() }).filter({ hasText: service.trim() });
  await first.getByRole("checkbox", { name: /Meegeven op de print/ }).uncheck();
  await page.getByRole("button", { name: "Maak het blad voor de cliënt" }).click();
  await expect(page).toHaveURL(/plek=/);
  await expect(page.locator("article.handout-sheet")).toBeVisible();
  await expect(onSheet(page)).toHaveCount(0);
  await page.goBack();
  await page.goto(`/verwijzen/handout?${SCENARIO_QUERY}`);
  await expect(onSheet(page)).toHaveCount(1);
});

test("in Arabic the sheet is right to left; the page stays Dutch; axe finds nothing", async ({ page }) => {
  await openSheetFromHelper(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  const sheet = page.locator("article.handout-sheet");
  await expect(sheet).toHaveAttribute("lang", "ar");
  await expect(sheet).toHaveAttribute("dir", "rtl");
  // Mirrored: the sheet's text starts at the right.
  const align = await sheet.locator("h1").evaluate((element) => getComputedStyle(element).direction);
  expect(align).toBe("rtl");
  await expect(page.getByLabel("Andere taal")).toHaveValue("ar");
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);

  const printed = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(await pdfPageCount(new Uint8Array(printed))).toBeLessThanOrEqual(2);
});

for (const locale of ["nl", "tr"] as const) {
  test(`the sheet (${locale}) has no accessibility violations`, async ({ page }) => {
    await page.goto(`/verwijzen/handout?${SCENARIO_QUERY}&handouttaal=${locale}`);
    await expect(page.locator("article.handout-sheet")).toHaveAttribute("lang", locale);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations).toEqual([]);
  });
}

test("the PDF of the sheet in Arabic, Turkish, Polish and Ukrainian: one or two pages, no '?' for a letter", async ({ page }) => {
  await openSheetFromHelper(page, "uk");
  const href = await page.getByRole("link", { name: "Download als PDF" }).getAttribute("href");
  expect(href).toMatch(/^\/verwijzen\/handout\.pdf\?.*handouttaal=uk/);
  for (const locale of ["ar", "tr", "pl", "uk"]) {
    const response = await page.request.get((href ?? "").replace("handouttaal=uk", `handouttaal=${locale}`));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const bytes = new Uint8Array(await response.body());
    expect(await pdfPageCount(bytes)).toBeLessThanOrEqual(2);
    const text = await pdfTextByPage(bytes);
    expect(text).toContain("14 030");
    expect(text).not.toContain("\u0000");
    expect(text).not.toContain("\uFFFD");
    expect(text.replace(/\S*\/\S*\?\S*/g, "")).not.toMatch(/\?\p{L}/u);
    await expectNoProfessionalNotes(text);
  }
});

test("a bad request is answered with a message, not an error page", async ({ page }) => {
  const response = await page.goto(`/verwijzen/handout?${SCENARIO_QUERY}&handouttaal=xx`);
  expect(response?.status()).toBeLessThan(500);
  await expect(page.getByText("Kies een taal uit de lijst.")).toBeVisible();
  expect((await page.request.get(`/verwijzen/handout.pdf?${SCENARIO_QUERY}&handouttaal=xx`)).status()).toBe(400);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the helper's form opens the sheet, and its language form changes the language", async ({ page }) => {
    await openSheetFromHelper(page);
    await expect(page.locator("article.handout-sheet")).toHaveAttribute("lang", "nl");
    await page.getByLabel("Andere taal").selectOption("pl");
    await page.getByRole("button", { name: "Toon in deze taal" }).click();
    await expect(page).toHaveURL(/handouttaal=pl/);
    await expect(page.locator("article.handout-sheet")).toHaveAttribute("lang", "pl");
    await expect(page.locator("article.handout-sheet")).toHaveAttribute("dir", "ltr");
  });
});
