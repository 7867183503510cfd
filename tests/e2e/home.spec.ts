import { expect, test } from "@playwright/test";
import { PER_PAGE } from "@/lib/search-ui/page-params";
import { openMapPage, resultCard, resultCount, resultList, RESULT_HEADING } from "./support/home-page";

test("the map page lists the first page of results and puts every result on the map", async ({ page }) => {
  await openMapPage(page);
  await expect(page.getByRole("heading", { level: 1, name: "Hulp bij geldzorgen in Utrecht" })).toBeVisible();

  const list = resultList(page);
  await expect(list.getByRole("heading", { level: 3 }).first()).toBeVisible();
  // One page of the list; the heading counts them all and links lead to the next pages.
  const items = await list.locator(":scope > li").count();
  expect(items).toBe(PER_PAGE);
  expect(await resultCount(page)).toBeGreaterThanOrEqual(60);
  await expect(page.getByRole("navigation", { name: "Meer resultaten" }).getByRole("link", { name: "Volgende pagina" })).toHaveAttribute("href", "/?page=2");

  // Every place in the list is on the map (and more: tests/e2e/home-map.spec.ts counts them).
  await expect(page.locator(".map-frame")).toHaveAttribute("data-map-status", "ready");
  const placed = await page.evaluate(() => new Set([...document.querySelectorAll("[data-location]")].map((e) => e.getAttribute("data-location"))).size);
  const onMap = await page.locator(".leaflet-marker-icon").evaluateAll((icons) =>
    icons.reduce((sum, icon) => sum + (icon.classList.contains("map-cluster") ? Number(icon.querySelector("[aria-hidden]")?.textContent) : 1), 0),
  );
  expect(onMap).toBeGreaterThan(placed);
});

test("a shared hub is one marker that lists every service there", async ({ page }) => {
  // The second page of Overvecht's list: the map's popup names NOA's services on the first page too.
  await openMapPage(page, "/?wijk=overvecht&page=2");
  const card = resultCard(page, "Hulp bij werk zoeken");
  const noa = await card.getAttribute("data-location");
  const services = await page.locator(`.result-card[data-location="${noa}"]`).count();
  expect(services).toBeGreaterThan(1);

  // "Toon op kaart" zooms until NOA is out of any cluster and opens its marker.
  await card.getByRole("button", { name: /^Toon op kaart/ }).click();
  const popup = page.locator(".leaflet-popup-content");
  await expect(popup.getByText("NOA Overvecht", { exact: true })).toBeVisible();
  await expect(popup.locator(".map-popup")).toBeFocused();
  // The services are loaded when the popup opens.
  await expect(popup.getByRole("listitem").first()).toBeVisible();
  expect(await popup.getByRole("listitem").count()).toBeGreaterThan(services);
  await expect(popup.getByRole("listitem").filter({ hasText: "Buurthuiskamer en maaltijd" })).toHaveCount(1);
  await expect(popup.getByRole("link", { name: "Voedselbank Utrecht" }).first()).toHaveAttribute("href", "/organisaties/voedselbank-utrecht");
  const hub = page.locator(".leaflet-marker-icon[title^='NOA Overvecht']");
  await expect(hub).toHaveCount(1);
  await expect(hub).toHaveClass(/map-marker--selected/);
  // Place, kind of help and number of services; the popup names who is there.
  await expect(hub).toHaveAttribute("title", /^NOA Overvecht \(formele en informele hulp\): \d+ diensten$/);
});

test("choosing a marker highlights its places in the list, and 'Toon in de lijst' goes there", async ({ page }) => {
  await openMapPage(page, "/?wijk=overvecht");
  // A service at NOA on the first page of Overvecht's list.
  const card = resultCard(page, "Hulp bij geldzaken");
  const noa = await card.getAttribute("data-location");
  await card.getByRole("button", { name: /^Toon op kaart/ }).click();
  await expect(page.locator(".leaflet-popup")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(".leaflet-popup")).toHaveCount(0);

  // Then a place nearby, so choosing NOA's marker is a change the list must follow.
  const other = resultCard(page, "Hulp bij geldzorgen en schulden").filter({ has: page.getByRole("link", { name: "Buurtteam Sociaal Overvecht-Noord" }) });
  await other.getByRole("button", { name: /^Toon op kaart/ }).click();
  await expect(other).toHaveClass(/result-card--selected/);
  await expect(card).not.toHaveClass(/result-card--selected/);
  await page.keyboard.press("Escape");
  // Leaflet fades a closed popup out: wait until it is gone, or two popups are on the page.
  await expect(page.locator(".leaflet-popup")).toHaveCount(0);

  await page.locator(".leaflet-marker-icon[title^='NOA Overvecht']").click();
  await expect(card).toHaveClass(/result-card--selected/);
  await expect(other).not.toHaveClass(/result-card--selected/);
  await page.locator(".leaflet-popup-content").getByRole("button", { name: "Toon in de lijst" }).click();
  // Focus goes to the first service at NOA in the list.
  await expect(page.locator(`.result-card[data-location="${noa}"]`).first()).toBeFocused();
});

test("the English page speaks English", async ({ page }) => {
  await openMapPage(page, "/en");
  await expect(page.getByRole("heading", { level: 1, name: "Help with money worries in Utrecht" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /\d+ places found/ })).toBeVisible();
  await expect(page.getByLabel("Language", { exact: true })).toContainText("Arabic · العربية");
  await expect(page.getByLabel("When do you want to go?")).toContainText("Open on Tuesday");
  await expect(resultList(page, "Help found").getByText(/Open now|Closed|Opening hours unknown/).first()).toBeVisible();
});

test("a broken link still shows help, and says what it left out", async ({ page }) => {
  await openMapPage(page, "/?wijk=atlantis&near=abc&lang=ar");
  await expect(page.getByText(/We begrijpen een deel van je zoekopdracht niet \((near, wijk|wijk, near)\)/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: RESULT_HEADING })).toBeVisible();
  expect(await resultCount(page)).toBeGreaterThan(0);
  await expect(page.getByLabel("Taal", { exact: true })).toHaveValue("ar");
});

test("public pages set no cookies", async ({ page, context }) => {
  await openMapPage(page);
  expect(await context.cookies()).toEqual([]);
});
