// No dead ends (issue 11, point 4): a search that finds nothing shows what one filter less
// finds, as links that work with and without JavaScript, the buurtteam of the chosen wijk and
// the numbers for all of Utrecht. The issue's own search: Arabic food help in Zuidwest on a
// Monday, while the mosque (Friday) and Al Amal's Arabic walk-in (Monday) are nearby.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { resultCard, tabTo } from "./support/home-page";

const ISSUE = "/?wijk=zuidwest&category=voedsel&open=mo&lang=ar";
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The list right after a heading of the no-results help. */
/** The list right after a heading of the no-results help. */
const listAfter = (page: Page, heading: string | RegExp) =>
  page.getByRole("heading", { level: 3, name: heading }).locator("xpath=following-sibling::ul[1]");

/** The number in a link text ("Zonder ‘maandag’: 3 plekken" → 3). */
const countIn = (text: string) => Number(/: (\d+) (plek|place)/.exec(text)?.[1] ?? NaN);

/** What the search API finds for the link's search: the link's count must be the same. */
async function apiTotal(request: APIRequestContext, href: string): Promise<number> {
  const query = new URL(href, "http://localhost").searchParams.toString();
  const response = await request.get(`/api/v1/services?${query}&per_page=1`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { total: number }).total;
}

async function expectLinksMatchTheSearch(request: APIRequestContext, links: Locator): Promise<string[]> {
  const texts = await links.allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  const counts = texts.map(countIn);
  expect(counts.every((count) => count > 0)).toBe(true);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  for (let i = 0; i < texts.length; i++) {
    expect(counts[i], texts[i]).toBe(await apiTotal(request, (await links.nth(i).getAttribute("href"))!));
  }
  return texts;
}

test("the issue's empty search offers a filter less, the buurtteams of Zuidwest and 14 030; a link leads to the mosque", async ({ page, request }) => {
  await page.goto(ISSUE);
  await expect(page.getByRole("heading", { level: 2, name: "Geen plekken gevonden" })).toBeVisible();

  const links = listAfter(page, "Met één filter minder vind je wel hulp").getByRole("link");
  const texts = await expectLinksMatchTheSearch(request, links);
  // One link per filter that finds something; "maandag" and "Voedsel" do (the mosque on Friday,
  // Al Amal's walk-in about letters and money).
  expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^Zonder ‘maandag’: \d+ plek/), expect.stringMatching(/^Zonder ‘Voedsel’: \d+ plek/)]));
  expect(texts.length).toBeLessThanOrEqual(4);

  const teams = listAfter(page, "De buurtteams van Zuidwest");
  await expect(teams.getByRole("link", { name: "Buurtteam Sociaal Kanaleneiland" })).toHaveAttribute("href", "/organisaties/buurtteam-sociaal-kanaleneiland");
  await expect(teams.getByRole("link", { name: /^Bel / }).first()).toHaveAttribute("href", /^tel:\d+$/);
  await expect(page.getByRole("link", { name: "Welk buurtteam hoort bij jouw buurt?" })).toHaveAttribute("href", "/wijken/zuidwest#buurtteams");
  await expect(listAfter(page, "Voor iedereen in Utrecht").getByRole("link", { name: "Bel 14 030" })).toHaveAttribute("href", "tel:14030");

  const axe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(axe.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);

  // By keyboard: the link without the day, then focus on what the new search found.
  const withoutMonday = links.filter({ hasText: /^Zonder ‘maandag’/ });
  const expected = countIn((await withoutMonday.textContent()) ?? "");
  await tabTo(page, withoutMonday);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?wijk=zuidwest&category=voedsel&lang=ar$/);
  const heading = page.getByRole("heading", { level: 2, name: `${expected} ${expected === 1 ? "plek" : "plekken"} gevonden` });
  await expect(heading).toBeFocused();
  await expect(resultCard(page, "Voedselpakket zonder voorwaarden")).toContainText("Moskee Kanaleneiland");
  await expect(page.getByRole("heading", { name: "Met één filter minder vind je wel hulp" })).toHaveCount(0);
});

test("in English too", async ({ page, request }) => {
  await page.goto(`/en${ISSUE}`);
  await expect(page.getByRole("heading", { level: 2, name: "No places found" })).toBeVisible();
  const texts = await expectLinksMatchTheSearch(request, listAfter(page, "With one filter less, you will find help").getByRole("link"));
  expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^Without ‘Monday’: \d+ place/), expect.stringMatching(/^Without ‘Food’: \d+ place/)]));
  await expect(page.getByRole("heading", { level: 3, name: "The neighbourhood teams of Zuidwest" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 14 030" })).toHaveAttribute("href", "tel:14030");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the links are plain links to the search without one filter", async ({ page }) => {
    await page.goto(ISSUE);
    const inAllOfUtrecht = listAfter(page, "Met één filter minder vind je wel hulp").getByRole("link", { name: /^In heel Utrecht: \d+ plek/ });
    const expected = countIn((await inAllOfUtrecht.textContent()) ?? "");
    await inAllOfUtrecht.click();
    await expect(page).toHaveURL(/\?category=voedsel&open=mo&lang=ar$/);
    await expect(page.getByRole("heading", { level: 2, name: `${expected} ${expected === 1 ? "plek" : "plekken"} gevonden` })).toBeVisible();
  });

  test("a search from nowhere in particular points to the buurtteams per wijk", async ({ page }) => {
    await page.goto("/?lang=xx");
    await expect(page.getByRole("heading", { level: 3, name: "Het buurtteam in je buurt" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Zoek het buurtteam van je wijk" })).toHaveAttribute("href", "/wijken");
    await expect(page.getByRole("link", { name: "Bel 0900-8020" })).toHaveAttribute("href", "tel:09008020");
  });
});
