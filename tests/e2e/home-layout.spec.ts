import { expect, test } from "@playwright/test";

// Mobile first: search, map and results stacked on a phone; from 64em the map sits to the
// right of the filters and results. Screenshots go to /tmp for a human look.
test("on a phone the search, the map and the results are stacked", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  const filters = await page.locator(".search-layout__filters").boundingBox();
  const map = await page.locator(".search-layout__map").boundingBox();
  const results = await page.locator(".search-layout__results").boundingBox();
  expect(filters && map && results).toBeTruthy();
  if (!filters || !map || !results) return;
  expect(map.y).toBeGreaterThan(filters.y);
  expect(results.y).toBeGreaterThan(map.y);
  expect(map.width).toBeLessThanOrEqual(390);
  // Nothing sticks out sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: "/tmp/home-phone.png", fullPage: false });
  await page.screenshot({ path: "/tmp/home-phone-full.png", fullPage: true });
});

test("on a desktop the map is next to the filters and results", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  const filters = await page.locator(".search-layout__filters").boundingBox();
  const map = await page.locator(".search-layout__map").boundingBox();
  expect(filters && map).toBeTruthy();
  if (!filters || !map) return;
  expect(map.x).toBeGreaterThan(filters.x + filters.width - 1);
  expect(Math.abs(map.y - filters.y)).toBeLessThan(50);
  await page.screenshot({ path: "/tmp/home.png", fullPage: false });
  await page.goto("/en?wijk=overvecht");
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/home-en-overvecht.png", fullPage: false });
});
