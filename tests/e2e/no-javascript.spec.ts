// Residents on old phones or with scripts off still read everything: the pages arrive whole
// (docs/decisions/0005). The map page without JavaScript is covered in journeys.spec.ts.
import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("an organisation page is readable without JavaScript", async ({ page }) => {
  await page.goto("/organisaties/gemeente-utrecht-schulddienstverlening");
  await expect(page.getByRole("heading", { level: 1, name: "Gemeente Utrecht – Schulddienstverlening" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Aanmelden voor schuldhulp" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Klopt er iets niet?" })).toBeVisible();
});

test("a wijk page is readable without JavaScript", async ({ page }) => {
  await page.goto("/wijken/overvecht");
  await expect(page.getByRole("heading", { level: 1, name: /Overvecht/ })).toBeVisible();
});

test("a resident reports a mistake without JavaScript", async ({ page }) => {
  await page.goto("/organisaties/buurthuis-oost");
  const form = page.getByRole("form", { name: "Meld een fout over Buurthuis Oost" });
  await form.getByLabel("De openingstijden").check();
  await form.getByLabel("Wat is er fout, en wat moet het zijn?").fill("Op donderdag is de inloop nu tot 16:30, niet tot 16:00.");
  // People take a few seconds to write; the form refuses answers faster than a person.
  await page.waitForTimeout(3_500);
  // Posted as a plain form: under the site's no-referrer the browser would send "Origin: null",
  // which is refused as cross-site (403) unless the page asks for a same-origin referrer.
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST"),
    form.getByRole("button", { name: "Melding versturen" }).click(),
  ]);
  expect(response.status()).toBe(200);
  await expect(page.getByText(/Dank u wel! Uw melding is verstuurd/)).toBeVisible();
});
