import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pdfPageCount, pdfText } from "../support/pdf-text";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SLUG = "formulierenspreekuur-overvecht";

for (const [locale, prefix, heading] of [
  ["nl", "", "Wat ze doen"],
  ["en", "/en", "What they do"],
] as const) {
  test(`the folder page (${locale}) shows the sheet with a QR code and has no axe violations`, async ({ page }) => {
    const response = await page.goto(`${prefix}/organisaties/${SLUG}/folder`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Formulierenspreekuur Overvecht" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    await expect(page.locator(".print-qr svg[role=img]")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations).toEqual([]);
  });
}

test("the organisation page links to the folder and its PDF, which is one page with the name", async ({ page }) => {
  await page.goto(`/organisaties/${SLUG}`);
  await page.getByRole("link", { name: "Print folder" }).click();
  await expect(page).toHaveURL(new RegExp(`/organisaties/${SLUG}/folder$`));

  const href = await page.getByRole("link", { name: "Download als PDF" }).getAttribute("href");
  expect(href).toBe(`/organisaties/${SLUG}/folder.pdf`);
  const pdf = await page.request.get(href ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = new Uint8Array(await pdf.body());
  expect(await pdfPageCount(bytes)).toBe(1);
  expect(pdfText(bytes)).toContain("Formulierenspreekuur Overvecht");
});

test("the English PDF and an unknown organisation's PDF", async ({ page }) => {
  const english = await page.request.get(`/en/organisaties/${SLUG}/folder.pdf`);
  expect(english.headers()["content-type"]).toBe("application/pdf");
  expect(pdfText(new Uint8Array(await english.body()))).toContain("Where and when");
  expect((await page.request.get("/organisaties/bestaat-niet/folder.pdf")).status()).toBe(404);
  expect((await page.request.get("/organisaties/bestaat-niet/folder")).status()).toBe(404);
});

test("the wijk page links to the wijkkaart; the wijkkaart has no axe violations and a PDF", async ({ page }) => {
  await page.goto("/wijken/overvecht");
  await page.getByRole("link", { name: "Wijkkaart (A4)" }).click();
  await expect(page).toHaveURL(/\/wijken\/overvecht\/wijkkaart$/);
  await expect(page.getByRole("heading", { level: 1, name: "Wijkkaart Overvecht" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Buurtteams" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);

  const pdf = await page.request.get("/wijken/overvecht/wijkkaart.pdf");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const bytes = new Uint8Array(await pdf.body());
  expect(await pdfPageCount(bytes)).toBe(1);
  expect(pdfText(bytes)).toContain("Buurtteam Sociaal Overvecht");
});
