// A coordinator translates their listing; a resident reading the site in Arabic sees it, and
// sees the Dutch text of a listing without a translation marked as Dutch (ADR 0012).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/manage";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const ARABIC = "نساعدك في الرسائل والاستمارات والأسئلة عن المال. تعال بدون موعد.";

test("a coordinator adds an Arabic description, and /ar shows it; a listing without one shows Dutch marked as Dutch", async ({ browser, page }) => {
  await signIn(page, "overvecht@sociale-kaart.test");
  await page.getByRole("link", { name: "Formulierenspreekuur Overvecht" }).click();
  await page.getByRole("link", { name: "Vertalingen" }).click();
  await page.getByRole("link", { name: /^Arabisch/ }).click();
  await expect(page.getByRole("heading", { name: "Vertaling in het Arabisch" })).toBeVisible();

  const form = page.getByRole("form", { name: "Vertaling van Over de organisatie" });
  const field = form.getByLabel("Beschrijving in het Arabisch");
  await expect(field).toHaveAttribute("lang", "ar");
  await expect(field).toHaveAttribute("dir", "rtl");
  await field.fill(ARABIC);
  await form.getByRole("button", { name: "Vertaling opslaan" }).click();
  await expect(page.getByText("De vertaling is opgeslagen en staat nu op de kaart.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^Arabisch: 1 tekst/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);

  // A resident, in a browser of their own, reading in Arabic.
  const visitor = await browser.newContext();
  const resident = await visitor.newPage();
  await resident.goto("/ar/organisaties/formulierenspreekuur-overvecht");
  const lead = resident.locator(".detail-header p.utrecht-paragraph--lead");
  await expect(lead).toHaveText(ARABIC);
  await expect(lead.locator("[lang]")).toHaveCount(0);
  await expect(lead.locator(".listing-text__source")).toHaveCount(0);
  // Its services have no Arabic text yet: Dutch, marked as Dutch.
  const service = resident.locator(".service-card").first();
  await expect(service.locator('p [lang="nl"]').first()).toBeVisible();
  await expect(service.locator(".listing-text__source").first()).toBeVisible();

  // A listing without any translation: the Dutch description, lang="nl", with the note.
  await resident.goto("/ar/organisaties/de-geldzaak");
  const dutch = resident.locator(".detail-header p.utrecht-paragraph--lead");
  await expect(dutch.locator('[lang="nl"]')).toHaveAttribute("dir", "ltr");
  await expect(dutch.locator('[lang="nl"]')).toContainText("Geldzaak");
  const note = dutch.locator(".listing-text__source");
  await expect(note).toBeVisible();
  await expect(note).not.toHaveAttribute("lang", "nl");
  expect(await visitor.cookies()).toEqual([]);
  await visitor.close();
});
