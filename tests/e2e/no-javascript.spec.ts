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
