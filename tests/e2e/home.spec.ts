import { expect, test } from "@playwright/test";

test("the home page shows the seeded organisations on the map and in the list", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Hulp bij geldzorgen in Utrecht" })).toBeVisible();

  const list = page.getByRole("list", { name: "Organisaties" });
  await expect(list.getByRole("heading", { name: "De Geldzaak" })).toBeVisible();
  await expect(list.getByRole("heading", { name: /Schulddienstverlening/ })).toBeVisible();
  const count = await list.locator(":scope > li").count();
  expect(count).toBeGreaterThanOrEqual(40);
  await expect(page.getByRole("heading", { level: 2, name: `${count} organisaties` })).toBeVisible();

  // The map is client-only: wait for Leaflet to draw the markers.
  const markers = page.locator(".leaflet-marker-icon");
  await expect(markers.first()).toBeVisible();
  expect(await markers.count()).toBeGreaterThanOrEqual(20);

  // A shared hub is one marker that names every partner there.
  const hub = page.locator(".leaflet-marker-icon[title^='NOA']");
  await expect(hub).toHaveCount(1);
  await hub.click();
  const popup = page.locator(".leaflet-popup-content");
  await expect(popup.getByRole("listitem")).toHaveCount(6);
});

test("public pages set no cookies", async ({ page, context }) => {
  await page.goto("/");
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
  expect(await context.cookies()).toEqual([]);
});
