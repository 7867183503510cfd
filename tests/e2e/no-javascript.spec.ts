// Residents on old phones or with scripts off still read everything: the pages arrive whole
// (docs/decisions/0005), the filter form is a plain GET form, and the list is the map's
// equivalent.
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

test("the map page lists results and filters without JavaScript", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: /plekken gevonden/ })).toBeVisible();
  await page.getByLabel("Wijk").selectOption({ label: "Overvecht" });
  await page.getByRole("button", { name: "Zoeken", exact: true }).click();
  await expect(page).toHaveURL(/wijk=overvecht/);
  await expect(page.getByRole("heading", { level: 2, name: /plekken gevonden/ })).toBeVisible();
});
