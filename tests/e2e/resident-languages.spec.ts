// Residents in their own language (issue 11): an Arabic-speaking resident uses the map right to
// left and reads an organisation's page in Arabic; a Turkish-speaking resident answers the help
// finder in Turkish; every residents' page is axe clean in all six languages. The words looked
// for come from the message files (support/messages.ts), so these tests check that the page
// shows the translators' texts, not that the translations say one particular thing.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { routing } from "@/lib/i18n/routing";
import { openMapPage, waitForMarkers } from "./support/home-page";
import { languageName } from "@/lib/search-ui/names";
import { messagesOf, textOf, translatorOf } from "./support/messages";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
}

test("an Arabic-speaking resident of Overvecht finds help in Arabic, right to left, and reads a place's page in Arabic", async ({ page }) => {
  const ar = messagesOf("ar");
  await openMapPage(page, "/ar");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: textOf(ar, "Home.title") })).toBeVisible();

  await page.getByLabel(textOf(ar, "Search.filters.wijk"), { exact: true }).selectOption("overvecht");
  await page.getByLabel(textOf(ar, "Search.filters.lang"), { exact: true }).selectOption("ar");
  await page.getByRole("button", { name: textOf(ar, "Search.filters.submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/ar\?wijk=overvecht&lang=ar$/);
  await waitForMarkers(page);

  const items = page.getByRole("list", { name: textOf(ar, "Results.list") }).locator(":scope > li");
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) {
    // Arabic named in Arabic among the languages spoken, and the opening state in Arabic.
    await expect(item).toContainText(languageName("ar", "ar"));
    await expect(item.locator(".result-card__open")).toHaveText(/^(مفتوح الآن|مغلق|أوقات الفتح غير معروفة)/);
  }

  // Mirrored: the filters, first in reading order, are at the right; the map stays left to right.
  const filters = await page.locator(".search-layout__filters").boundingBox();
  const results = await page.getByRole("list", { name: textOf(ar, "Results.list") }).boundingBox();
  expect(filters && results && filters.x > results.x).toBe(true);
  await expect(page.locator(".leaflet-container").first()).toHaveCSS("direction", "ltr");

  // Al Amal has its description in Arabic (seeded by the organisation's translation).
  await page.goto("/ar/organisaties/al-amal");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText(/جمعية الأمل/).first()).toBeVisible();
  // Its opening hours in Arabic, times in Latin digits as on the door.
  await expect(page.getByText(/(الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)/).first()).toBeVisible();
  await expect(page.getByText(/\d{2}:\d{2}/).first()).toBeVisible();
  // Dutch texts a coordinator wrote (hours notes, descriptions) keep their own direction, so
  // their full stop stays at their end.
  const dutchDirections = await page.locator('main [lang="nl"]').evaluateAll((nodes) => nodes.map((node) => getComputedStyle(node).direction));
  expect(dutchDirections.length).toBeGreaterThan(0);
  expect(new Set(dutchDirections)).toEqual(new Set(["ltr"]));
  // A phone number inside an Arabic sentence is isolated left to right (U+2066 … U+2069), so
  // "030-740 3301" does not come out as "3301 740-030".
  await expect(page.locator('a[href^="tel:"]').first()).toHaveText(/\u2066[\d -]+\u2069/);

  // A text nobody has translated yet is shown in Dutch, marked as Dutch, with a note in Arabic.
  await page.goto("/ar/organisaties/gemeente-utrecht-schulddienstverlening");
  const dutch = page.locator('main [lang="nl"]').first();
  await expect(dutch).toBeVisible();
  await expect(page.getByText(`(${textOf(ar, "Translation.inDutch")})`).first()).toBeVisible();
  await expectNoViolations(page);
});

test("a Turkish-speaking resident answers the help finder in Turkish and gets the buurtteam, 14 030 and first steps", async ({ page }) => {
  const tr = messagesOf("tr");
  const t = translatorOf("tr", "HelpFinder");
  await page.goto("/tr/hulpwijzer");
  await expect(page.locator("html")).toHaveAttribute("lang", "tr");
  await expect(page.getByRole("heading", { level: 1, name: textOf(tr, "HelpFinder.title") })).toBeVisible();

  await page.getByRole("checkbox", { name: textOf(tr, "HelpFinder.form.situations.deurwaarder") }).check();
  await page.getByRole("checkbox", { name: textOf(tr, "HelpFinder.form.situations.post") }).check();
  await page.getByRole("radio", { name: textOf(tr, "HelpFinder.form.urgencies.deze-week") }).check();
  await page.getByLabel(textOf(tr, "HelpFinder.form.buurt"), { exact: true }).selectOption("BU03440832");
  // The page's language is the preselected one.
  await expect(page.getByLabel(textOf(tr, "HelpFinder.form.language"))).toHaveValue("tr");
  await page.getByRole("radio", { name: textOf(tr, "HelpFinder.form.accessGo") }).check();
  await page.getByRole("button", { name: textOf(tr, "HelpFinder.form.submit") }).click();

  await expect(page).toHaveURL(/\/tr\/hulpwijzer\?.*buurt=BU03440832/);
  await expect(page.getByRole("heading", { level: 2, name: textOf(tr, "HelpFinder.answer.heading") })).toBeVisible();
  const teams = page.getByRole("region", { name: t("teams.heading", { count: 1 }) }).or(page.getByRole("region", { name: t("teams.heading", { count: 2 }) }));
  await expect(teams.getByText("Buurtteam Sociaal Kanaleneiland").first()).toBeVisible();
  await expect(page.locator('a[href="tel:14030"]').first()).toBeVisible();
  const steps = page.getByRole("region", { name: textOf(tr, "HelpFinder.steps.heading") });
  await expect(steps.getByRole("listitem").first()).toBeVisible();
  // Opening states in Turkish.
  await expect(page.getByText(/^(Şu an açık|Kapalı|Açılış saatleri bilinmiyor)/).first()).toBeVisible();
  await expectNoViolations(page);

  // The same answer in Dutch, for the buurtteam worker she shows it to: the query is kept.
  const query = new URL(page.url()).search;
  await page.getByRole("banner").locator("details.language-switch summary").click();
  await page.getByRole("banner").getByRole("link", { name: "Nederlands" }).click();
  await expect(page).toHaveURL(`/hulpwijzer${query}`);
  await expect(page.getByRole("heading", { level: 2, name: "Waar je terecht kunt" })).toBeVisible();
});

const PAGES = ["", "/organisaties/al-amal", "/organisaties/al-amal/folder", "/wijken/overvecht", "/hulpwijzer?wat=eten&spoed=vandaag&buurt=BU03440832&gaan=ja"];

for (const locale of routing.locales) {
  test(`residents' pages have no WCAG 2.2 AA violations in ${locale}`, async ({ page }) => {
    for (const path of PAGES) {
      const url = `${locale === routing.defaultLocale ? "" : `/${locale}`}${path}` || "/";
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      if (path === "") await waitForMarkers(page);
      await expectNoViolations(page);
    }
  });
}
