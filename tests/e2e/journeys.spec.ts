// Journeys of the people the map is for, end to end in the production build.
import { expect, test, type Page } from "@playwright/test";
import {
  metres,
  openMapPage,
  resetPdokStub,
  resultCard,
  resultCount,
  resultList,
  RESULT_HEADING,
  setPdokFailing,
  tabTo,
  waitForMarkers,
} from "./support/home-page";
import { baseURL } from "./support/servers";

const searchButton = (page: Page) => page.getByRole("button", { name: "Zoeken", exact: true });

test("a resident of Overvecht finds a walk-in on Tuesday where Arabic is spoken, and its opening hours", async ({ page }) => {
  await openMapPage(page);
  await page.getByLabel("Wijk", { exact: true }).selectOption("overvecht");
  await page.getByLabel("Wanneer wil je gaan?").selectOption("tu");
  await page.getByLabel("Taal", { exact: true }).selectOption("ar");
  await page.getByText("Meer filters").click();
  await page.getByRole("checkbox", { name: /^Binnenlopen zonder afspraak/ }).check();
  await searchButton(page).click();

  await expect(page).toHaveURL(/\?wijk=overvecht&open=tu&lang=ar&access=walk-in$/);
  const heading = page.getByRole("heading", { level: 2, name: RESULT_HEADING });
  await expect(heading).toBeFocused();
  // The seed: the buurtteam's inloopspreekuur on Tuesday 09:00–11:00, Arabic spoken.
  const card = resultCard(page, "Hulp bij geldzorgen en schulden").filter({ has: page.getByRole("link", { name: "Buurtteam Sociaal Overvecht-Noord" }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText("Arabisch");
  await expect(card).toContainText("Binnenlopen zonder afspraak");
  await expect(card).toContainText("Overvecht");
  await expect(card.locator(".result-card__open")).toHaveText(/^(Nu open|Gesloten)/);
  // Every result is in Overvecht, open on Tuesday, walk-in and in Arabic.
  const count = await resultCount(page);
  expect(count).toBeGreaterThanOrEqual(1);
  await expect(resultList(page).locator(":scope > li")).toHaveCount(count);
  for (const item of await resultList(page).locator(":scope > li").all()) {
    await expect(item).toContainText("Arabisch");
    await expect(item).toContainText("Binnenlopen zonder afspraak");
  }

  await card.getByRole("link", { name: "Buurtteam Sociaal Overvecht-Noord" }).click();
  await expect(page).toHaveURL(`${baseURL}/organisaties/buurtteam-sociaal-overvecht-noord`);
  await expect(page.getByRole("heading", { level: 1, name: "Buurtteam Sociaal Overvecht-Noord" })).toBeVisible();
  // The opening hours on the organisation's page: the Tuesday walk-in from 09:00 to 11:00.
  await expect(page.getByText(/dinsdag/i).first()).toBeVisible();
  await expect(page.getByText(/09:00\s*[–-]\s*11:00/).first()).toBeVisible();
});

test("filters live in the URL: a reload keeps them, the back button restores the previous search", async ({ page }) => {
  await openMapPage(page);
  const all = await resultCount(page);

  await page.getByLabel("Wijk", { exact: true }).selectOption("zuidwest");
  await page.getByText("Meer filters").click();
  await page.getByRole("checkbox", { name: /^Gratis/ }).check();
  await searchButton(page).click();
  await expect(page).toHaveURL(/\?wijk=zuidwest&free=true$/);
  await waitForMarkers(page);
  const zuidwest = await resultCount(page);
  expect(zuidwest).toBeLessThan(all);

  await page.reload();
  await waitForMarkers(page);
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("zuidwest");
  await expect(page.getByRole("checkbox", { name: /^Gratis/ })).toBeChecked();
  expect(await resultCount(page)).toBe(zuidwest);

  await page.getByLabel("Taal", { exact: true }).selectOption("ar");
  await searchButton(page).click();
  await expect(page).toHaveURL(/\?wijk=zuidwest&lang=ar&free=true$/);
  const arabic = await resultCount(page);
  expect(arabic).toBeLessThanOrEqual(zuidwest);

  await page.goBack();
  await expect(page).toHaveURL(/\?wijk=zuidwest&free=true$/);
  await expect(page.getByLabel("Taal", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("zuidwest");
  await expect.poll(() => resultCount(page)).toBe(zuidwest);

  await page.goBack();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("");
  await expect.poll(() => resultCount(page)).toBe(all);

  await page.goForward();
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("zuidwest");

  // "Wis filters" goes back to everything.
  await page.getByRole("link", { name: "Wis filters" }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect.poll(() => resultCount(page)).toBe(all);
});

test("the whole journey works with the keyboard only", async ({ page }) => {
  await page.goto("/");
  await waitForMarkers(page);

  await tabTo(page, page.getByLabel("Wijk", { exact: true }));
  await page.keyboard.type("Overvecht");
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("overvecht");
  await tabTo(page, page.getByLabel("Wanneer wil je gaan?"));
  await page.keyboard.type("Open op di");
  await expect(page.getByLabel("Wanneer wil je gaan?")).toHaveValue("tu");
  await tabTo(page, page.getByLabel("Taal", { exact: true }));
  await page.keyboard.type("Arabisch");
  await expect(page.getByLabel("Taal", { exact: true })).toHaveValue("ar");
  await tabTo(page, page.locator("summary", { hasText: "Meer filters" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("checkbox", { name: /^Binnenlopen zonder afspraak/ }));
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: /^Binnenlopen zonder afspraak/ })).toBeChecked();
  await tabTo(page, searchButton(page));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\?wijk=overvecht&open=tu&lang=ar&access=walk-in$/);
  await expect(page.getByRole("heading", { level: 2, name: RESULT_HEADING })).toBeFocused();

  // From the list to the map: "Toon op kaart" opens the place's marker and puts focus in its
  // popup; Escape closes it and leaves focus on the marker, where Enter opens it again.
  const noaCard = resultCard(page, "Hulp bij werk zoeken");
  await tabTo(page, noaCard.getByRole("button", { name: /^Toon op kaart/ }));
  await page.keyboard.press("Enter");
  const popup = page.locator(".leaflet-popup-content");
  await expect(popup.locator(".map-popup")).toBeFocused();
  await tabTo(page, popup.getByRole("link", { name: "Werkwinkel Overvecht" }), { max: 10 });
  await page.keyboard.press("Escape");
  await expect(page.locator(".leaflet-popup")).toHaveCount(0);
  const marker = page.locator(".leaflet-marker-icon[title^='NOA Overvecht']");
  await expect(marker).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(popup.locator(".map-popup")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(marker).toBeFocused();

  // Back up into the result list, and on to the organisation's page.
  const link = resultCard(page, "Hulp bij geldzorgen en schulden").getByRole("link", { name: "Buurtteam Sociaal Overvecht-Noord" });
  await tabTo(page, link, { backwards: true });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${baseURL}/organisaties/buurtteam-sociaal-overvecht-noord`);
});

test("without background tiles the map still shows the wijken and the markers", async ({ page }) => {
  const tileRequests: string[] = [];
  await page.route("http://127.0.0.1:9/**", (route) => {
    tileRequests.push(route.request().url());
    return route.abort();
  });
  await openMapPage(page, "/?wijk=zuid");
  expect(tileRequests.length).toBeGreaterThan(0);
  // The ten wijk boundaries, with names, the chosen one highlighted.
  await expect(page.locator(".leaflet-overlay-pane path")).toHaveCount(10);
  await expect(page.locator(".wijk-label", { hasText: "Overvecht" })).toBeVisible();
  await expect(page.locator(".wijk-label--selected")).toHaveText("Zuid");
  expect(await page.locator(".leaflet-marker-icon").count()).toBeGreaterThan(0);
  await expect(page.getByText("De achtergrondkaart laadt nu niet")).toBeVisible();
  // A plain light background, not Leaflet's grey.
  const background = await page.locator(".leaflet-container").evaluate((map) => getComputedStyle(map).backgroundColor);
  expect(background).toBe("rgb(238, 243, 247)");
  await expect(page.locator("img.leaflet-tile:not([src^='data:'])")).toHaveCount(0);
});

test("searching sets no cookies and talks to no other host", async ({ page, context }) => {
  const hosts = new Set<string>();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "http:" || url.protocol === "https:") hosts.add(url.hostname);
  });
  await openMapPage(page);
  await page.getByLabel("Waar zoek je hulp bij?").fill("voedsel");
  await page.getByLabel("Wijk", { exact: true }).selectOption("zuidwest");
  await searchButton(page).click();
  await expect(page).toHaveURL(/\?q=voedsel&wijk=zuidwest$/);
  await page.getByLabel("Adres of postcode").fill("Bolognalaan 101");
  await page.getByRole("button", { name: "Zoek dichtbij dit adres" }).click();
  await expect(page.getByText("Je zoekt vanaf:")).toBeVisible();
  await page.locator(".leaflet-marker-icon").first().click();

  expect(await context.cookies()).toEqual([]);
  expect([...hosts]).toEqual(["127.0.0.1"]);
});

test.describe("address search", () => {
  test.afterEach(resetPdokStub);

  test("an address sorts the results by distance and names the buurt", async ({ page }) => {
    await openMapPage(page);
    await page.getByLabel("Adres of postcode").fill("Bolognalaan 101");
    await page.getByRole("button", { name: "Zoek dichtbij dit adres" }).click();

    await expect(page).toHaveURL(/near=52\.086%2C5\.179/);
    await expect(page.getByText("Je zoekt vanaf: Utrecht Science Park, Oost")).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Gevonden: Bolognalaan 101, 3584CJ Utrecht" })).toBeVisible();
    const distances = (await resultList(page).locator("dd", { hasText: "van je plek" }).allTextContents()).map(metres);
    // A full first page of the list (ten results, lib/search-ui/page-params.ts).
    expect(distances.length).toBeGreaterThanOrEqual(10);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // The legend now explains the ring on the map.
    await expect(page.getByText("De plek waar je vanaf zoekt")).toBeVisible();

    await page.getByRole("link", { name: "Niet meer vanaf deze plek zoeken" }).click();
    await expect(page).toHaveURL(`${baseURL}/`);
    await expect(page.getByText("Je zoekt vanaf:")).toHaveCount(0);
  });

  test("an unknown address gets a clear answer", async ({ page }) => {
    await openMapPage(page);
    await page.getByLabel("Adres of postcode").fill("Nergensstraat 999");
    await page.getByRole("button", { name: "Zoek dichtbij dit adres" }).click();
    await expect(page.getByText("Dit adres vonden we niet in Utrecht.")).toBeVisible();
  });

  test("when PDOK is down the page says so, and the other filters keep working", async ({ page }) => {
    await setPdokFailing(true);
    await openMapPage(page);
    await page.getByLabel("Adres of postcode").fill("Bolognalaan 101");
    await page.getByRole("button", { name: "Zoek dichtbij dit adres" }).click();
    await expect(page.getByText("Adres zoeken lukt nu niet.")).toBeVisible();
    await expect(page).toHaveURL(`${baseURL}/`);

    await page.getByLabel("Wijk", { exact: true }).selectOption("oost");
    await searchButton(page).click();
    await expect(page).toHaveURL(/\?wijk=oost$/);
    await expect(page.getByRole("heading", { level: 2, name: RESULT_HEADING })).toBeVisible();
    expect(await resultCount(page)).toBeGreaterThan(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test.afterEach(resetPdokStub);

  test("the filters and the address box still work", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Wijk", { exact: true }).selectOption("overvecht");
    await searchButton(page).click();
    await expect(page).toHaveURL(/wijk=overvecht/);
    await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("overvecht");
    await expect(page.getByText("We begrijpen een deel")).toHaveCount(0);
    const overvecht = await resultCount(page);
    expect(overvecht).toBeGreaterThan(0);

    await page.getByLabel("Adres of postcode").fill("Bolognalaan 101");
    await page.getByRole("button", { name: "Zoek dichtbij dit adres" }).click();
    await expect(page.getByText("Je zoekt vanaf: Utrecht Science Park, Oost")).toBeVisible();
    await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("overvecht");

    await setPdokFailing(true);
    await page.getByLabel("Adres of postcode").fill("Zamenhofdreef 1");
    await page.getByRole("button", { name: "Zoek dichtbij dit adres" }).click();
    await expect(page.getByText("Adres zoeken lukt nu niet.")).toBeVisible();
    expect(await resultCount(page)).toBe(overvecht);
  });
});
