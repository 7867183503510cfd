import { expect, test, type Page } from "@playwright/test";
import { PER_PAGE } from "@/lib/search-ui/page-params";
import { openMapPage, resultCard, resultCount, resultList } from "./support/home-page";

type ServicesPage = { total: number; items: { location: { id: string } | null }[] };

/** Every place matching a search, read from the public search API page by page. */
async function placesOf(page: Page, filters: string): Promise<Set<string>> {
  const places = new Set<string>();
  for (let number = 1; ; number++) {
    const response = await page.request.get(`/api/v1/services?${filters}&per_page=100&page=${number}`);
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as ServicesPage;
    for (const item of body.items) if (item.location) places.add(item.location.id);
    if (number * 100 >= body.total) return places;
  }
}

/** Markers plus the places inside cluster icons. */
async function placesOnMap(page: Page): Promise<number> {
  return page.locator(".leaflet-marker-icon").evaluateAll((icons) =>
    icons.reduce((sum, icon) => sum + (icon.classList.contains("map-cluster") ? Number(icon.querySelector("[aria-hidden]")?.textContent) : 1), 0),
  );
}

async function placesInList(page: Page): Promise<number> {
  return page.evaluate(() => new Set([...document.querySelectorAll(".result-list [data-location]")].map((e) => e.getAttribute("data-location"))).size);
}

for (const filters of ["", "wijk=overvecht", "kind=informal"]) {
  test(`the map shows every matching place, not only the first page of the list (${filters || "no filter"})`, async ({ page }) => {
    await openMapPage(page, filters ? `/?${filters}` : "/");
    const expected = await placesOf(page, filters);
    const total = await resultCount(page);
    // The list is paged; the map is not.
    expect(await resultList(page).locator(":scope > li").count()).toBeLessThanOrEqual(PER_PAGE);
    await expect(page.locator(".map-frame")).toHaveAttribute("data-map-status", "ready");
    await expect(page.locator(".map-frame")).toHaveAttribute("data-map-places", String(expected.size));
    expect(await placesOnMap(page)).toBe(expected.size);
    if (total > PER_PAGE) expect(expected.size).toBeGreaterThan(await placesInList(page));
  });
}

test("a place from the second page of the list is on the map and opens from the list", async ({ page }) => {
  await openMapPage(page, "/?page=2");
  const card = resultList(page).locator(":scope > li").filter({ has: page.getByRole("button", { name: /^Toon op kaart/ }) }).first();
  const service = (await card.getByRole("heading", { level: 3 }).textContent()) ?? "";
  await card.getByRole("button", { name: /^Toon op kaart/ }).click();
  const popup = page.locator(".leaflet-popup-content");
  await expect(popup.locator(".map-popup")).toBeFocused();
  // The service's line ends in "Nu open" when it is open at the moment the test runs.
  const escaped = service.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(popup.getByRole("listitem").filter({ hasText: new RegExp(`: ${escaped}(\\s*Nu open)?$`) }).first()).toBeVisible();
  await expect(resultCard(page, service).first()).toHaveClass(/result-card--selected/);
});

test("the popup names each service with its organisation, and says which are open now", async ({ page }) => {
  await openMapPage(page, "/en?wijk=overvecht");
  const card = resultList(page, "Help found").locator(":scope > li").filter({ has: page.getByRole("button", { name: /^Show on map/ }) }).first();
  const place = await card.getAttribute("data-location");
  await card.getByRole("button", { name: /^Show on map/ }).click();
  const popup = page.locator(".leaflet-popup-content");
  await expect(popup.locator(".map-popup")).toBeFocused();

  // The answer the popup loaded when it opened: which services at this place are open now.
  const response = await page.request.get(`/api/v1/map-points/${place}?wijk=overvecht`);
  expect(response.headers()["content-type"]).toContain("application/json");
  const { entries } = (await response.json()) as { entries: { organisationSlug: string; open: boolean }[] };
  expect(entries.length).toBeGreaterThan(0);
  await expect(popup.getByRole("listitem")).toHaveCount(entries.length);
  await expect(popup.getByText("Open now", { exact: true })).toHaveCount(entries.filter((e) => e.open).length);
  await expect(popup.getByRole("link").first()).toHaveAttribute("href", `/en/organisaties/${entries[0].organisationSlug}`);
  await expect(popup.locator(".map-popup")).toBeFocused();
});

test("the map points are compact: a popup loads its services when it opens, and says so when they do not come", async ({ page }) => {
  // The map's own answer names no services: only what a marker needs.
  const points = await page.request.get("/api/v1/map-points?wijk=overvecht");
  expect(points.headers()["content-type"]).toContain("application/geo+json");
  const collection = (await points.json()) as { features: { properties: Record<string, unknown> }[] };
  expect(Object.keys(collection.features[0].properties).sort()).toEqual(["count", "kind", "name"]);

  await page.route("**/api/v1/map-points/*", (route) => route.fulfill({ status: 500, contentType: "application/json", body: "{}" }));
  await openMapPage(page, "/?wijk=overvecht");
  const card = resultList(page).locator(":scope > li").filter({ has: page.getByRole("button", { name: /^Toon op kaart/ }) }).first();
  await card.getByRole("button", { name: /^Toon op kaart/ }).click();
  const popup = page.locator(".leaflet-popup-content");
  await expect(popup.getByRole("status")).toHaveText("De hulp op deze plek laadt nu niet. In de lijst staat alle hulp die we vonden.");
  await expect(popup.locator(".map-popup")).toBeFocused();
  await expect(popup.getByRole("listitem")).toHaveCount(0);
  await popup.getByRole("button", { name: "Toon in de lijst" }).click();
  await expect(page.locator(`.result-card[data-location="${await card.getAttribute("data-location")}"]`).first()).toBeFocused();
});
