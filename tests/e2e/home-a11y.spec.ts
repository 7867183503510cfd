import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openMapPage } from "./support/home-page";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

for (const path of ["/", "/en", "/?wijk=overvecht&open=tu&lang=ar&access=walk-in", "/?near=52.086,5.179"]) {
  test(`no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await openMapPage(page, path);
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
  });
}

test("no violations with a popup open", async ({ page }) => {
  await openMapPage(page, "/?wijk=overvecht&page=2");
  await page.getByRole("button", { name: "Toon op kaart: Hulp bij werk zoeken" }).click();
  await expect(page.locator(".leaflet-popup-content")).toBeVisible();
  // Its services are loaded when it opens: check the popup as it is then.
  await expect(page.locator(".leaflet-popup-content").getByRole("listitem").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
});
