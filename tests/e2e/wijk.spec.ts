import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function waitForMap(page: Page) {
  await expect(page.locator(".detail-map__marker").first()).toBeVisible();
}

test("the wijken index links to all ten wijken", async ({ page }) => {
  await page.goto("/wijken");
  await expect(page.getByRole("heading", { level: 1, name: "Wijken" })).toBeVisible();
  const list = page.getByRole("list", { name: "De wijken van Utrecht" });
  await expect(list.getByRole("link")).toHaveCount(10);
  await list.getByRole("link", { name: "Overvecht" }).click();
  await expect(page).toHaveURL(/\/wijken\/overvecht$/);
  await expect(page.getByRole("heading", { level: 1, name: "Hulp bij geldzorgen in Overvecht" })).toBeVisible();
});

test("a wijk page shows its help, its buurtteams per buurt, its networks and its map", async ({ page }) => {
  const response = await page.goto("/wijken/overvecht");
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Hulp bij geldzorgen in Overvecht · /);

  // One row per buurt, each with its buurtteam sociaal and jeugd & gezin.
  const table = page.getByRole("table", { name: "Buurtteams per buurt in Overvecht" });
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(10);
  const tigris = table.getByRole("row", { name: /Tigrisdreef en omgeving/ });
  await expect(tigris.getByRole("link", { name: "Buurtteam Sociaal Overvecht-Noord" })).toHaveAttribute(
    "href",
    "/organisaties/buurtteam-sociaal-overvecht-noord",
  );
  await expect(tigris.getByRole("link", { name: "Buurtteam Jeugd & Gezin Overvecht" })).toBeVisible();
  await expect(tigris.getByRole("link", { name: "030-740 1104" })).toHaveAttribute("href", "tel:0307401104");

  // Help located in the wijk and help that serves it without an address.
  const help = page.locator("#hulp");
  await expect(help.getByRole("heading", { level: 3, name: "In de buurt: vrijwilligers en initiatieven" })).toBeVisible();
  await expect(help.getByRole("link", { name: "Formulierenspreekuur Overvecht" })).toBeVisible();
  await expect(help.getByRole("link", { name: "Burenhulp Overvecht (WhatsApp-groep)" })).toBeVisible();
  await expect(help.getByRole("heading", { level: 3, name: "Specialistische hulp" })).toBeVisible();

  await expect(page.getByRole("heading", { level: 3, name: "Netwerklunch NOA Overvecht" })).toBeVisible();

  // The outline of the wijk and a marker per place, even though the tiles cannot load.
  await waitForMap(page);
  const map = page.getByRole("region", { name: "Kaart van Overvecht met de plekken waar je hulp krijgt" });
  await expect(map.locator("path").first()).toBeVisible();
  expect(await map.locator(".detail-map__marker").count()).toBeGreaterThanOrEqual(3);
});

test("the English wijk page", async ({ page }) => {
  await page.goto("/en/wijken/overvecht");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Help with money worries in Overvecht" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Neighbourhood teams per neighbourhood in Overvecht" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Buurtteam Sociaal Overvecht-Noord" }).first()).toHaveAttribute(
    "href",
    "/en/organisaties/buurtteam-sociaal-overvecht-noord",
  );
});

for (const locale of ["nl", "en"] as const) {
  test(`a wijk page and the index have no accessibility violations (${locale})`, async ({ page }) => {
    const prefix = locale === "en" ? "/en" : "";
    await page.goto(`${prefix}/wijken/overvecht`);
    await waitForMap(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations).toEqual([]);

    await page.goto(`${prefix}/wijken`);
    const index = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(index.violations).toEqual([]);
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a wijk's help is paged with plain links that keep the page in the URL", async ({ page }) => {
    // Binnenstad has more help than one page holds (20) in the Utrecht seed.
    await page.goto("/wijken/binnenstad");
    const help = page.locator("#hulp");
    const pages = help.getByRole("navigation", { name: "Meer hulp in Binnenstad" });
    await expect(pages).toContainText(/Pagina 1 van \d+/);
    await expect(pages.getByRole("link", { name: "Vorige pagina" })).toHaveCount(0);
    const services = () => help.locator(".wijk-help__services > li").allTextContents();
    const first = await services();
    expect(first).toHaveLength(20);

    await pages.getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/\/wijken\/binnenstad\?page=2#hulp$/);
    await expect(pages).toContainText(/Pagina 2 van \d+/);
    const second = await services();
    expect(second.length).toBeGreaterThan(0);
    // Every service once: the second page goes on where the first stopped.
    const organisationsAndServices = async () =>
      help.locator(".wijk-help").evaluateAll((items) =>
        items.flatMap((item) => [...item.querySelectorAll(".wijk-help__services > li strong")].map((s) => `${item.querySelector("h4")?.textContent}: ${s.textContent}`)),
      );
    const secondKeys = await organisationsAndServices();
    await page.goto("/wijken/binnenstad");
    const firstKeys = await organisationsAndServices();
    expect(secondKeys.filter((key) => firstKeys.includes(key))).toEqual([]);
    await expect(page.getByRole("table", { name: "Buurtteams per buurt in Binnenstad" })).toBeVisible();

    // A page past the end shows the last one.
    await page.goto("/wijken/binnenstad?page=99");
    await expect(pages.getByRole("link", { name: "Vorige pagina" })).toHaveAttribute("href", /\/wijken\/binnenstad(\?page=\d+)?#hulp$/);
    await expect(pages.getByRole("link", { name: "Volgende pagina" })).toHaveCount(0);
  });
});

test("an unknown wijk gets the 404 page, with status 404", async ({ page }) => {
  const response = await page.goto("/wijken/atlantis");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content="noindex"]').first()).toBeAttached();
  await expect(page.getByRole("link", { name: "Hulp per wijk" })).toHaveAttribute("href", "/wijken");
});

test("wijk pages set no cookies and print without the map", async ({ page, context }) => {
  await page.goto("/wijken/overvecht");
  await waitForMap(page);
  expect(await context.cookies()).toEqual([]);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".detail-map")).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});

test("screenshots of a wijk page on desktop and phone", async ({ page }) => {
  await page.goto("/wijken/overvecht");
  await waitForMap(page);
  await page.screenshot({ path: "/tmp/wijk.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await waitForMap(page);
  await page.screenshot({ path: "/tmp/wijk-phone.png", fullPage: true });
});
