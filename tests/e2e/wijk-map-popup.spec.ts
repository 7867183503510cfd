import { expect, test } from "@playwright/test";

// The wijk map draws compact map points (name, kind, number of services); a popup loads the
// place's address and organisations when it opens (GET /api/v1/map-points/<id>?wijk=…).
test("a wijk map's popup loads the place's address and organisations when it opens", async ({ page }) => {
  const popups: string[] = [];
  page.on("request", (request) => {
    if (/\/api\/v1\/map-points\/[^/?]+/.test(new URL(request.url()).pathname)) popups.push(request.url());
  });
  await page.goto("/wijken/overvecht");
  const map = page.getByRole("region", { name: "Kaart van Overvecht met de plekken waar je hulp krijgt" });
  const noa = map.locator(".detail-map__marker[title='NOA Overvecht']");
  await expect(noa).toHaveCount(1);
  // Nothing is loaded for a popup nobody opened.
  expect(popups).toEqual([]);
  await noa.click();
  const popup = map.locator(".leaflet-popup-content");
  await expect(popup.getByRole("link", { name: "Voedselbank Utrecht" })).toHaveAttribute("href", "/organisaties/voedselbank-utrecht");
  await expect(popup).toContainText(/\d{4} ?[A-Z]{2} Utrecht/);
  expect(popups).toHaveLength(1);
  expect(popups[0]).toContain("?wijk=overvecht");
});
