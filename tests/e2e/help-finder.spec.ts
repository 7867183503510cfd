// The help finder (/hulpwijzer) as a resident uses it: the questions answered with the
// keyboard only, the answer as a link that opens the same anywhere, without JavaScript, with a
// postcode (through the PDOK stub), in every language (Arabic right to left), axe clean, no
// cookies, and field messages instead of an error page for a link that was tampered with.
// The server's clock is real, so what is open today varies: the integration test pins that.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { tabTo } from "./support/home-page";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const ANSWER_QUERY = "wat=deurwaarder&wat=eten&spoed=vandaag&buurt=BU03440832&postcode=&taal=nl&gaan=ja";

const region = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

async function expectKanaleneilandAnswer(page: Page) {
  await expect(page.getByRole("heading", { level: 2, name: "Waar je terecht kunt" })).toBeVisible();
  await expect(page.getByText("Je woont in Kanaleneiland-Noord, wijk Zuidwest.")).toBeVisible();
  await expect(page.getByText(/Heb je vandaag hulp nodig\? Bel dan nu je buurtteam/)).toBeVisible();

  const teams = region(page, "Jouw buurtteams");
  await expect(teams.getByText("Buurtteam Sociaal Kanaleneiland", { exact: true })).toBeVisible();
  await expect(teams.getByRole("link", { name: /^Bel / }).first()).toHaveAttribute("href", /^tel:/);

  // The gemeente's number, 14 030, with a link that calls it.
  await expect(page.getByRole("link", { name: "Bel 14 030" }).first()).toHaveAttribute("href", "tel:14030");

  const help = region(page, "Hulp die bij je past");
  await expect(help.getByRole("link", { name: "Gemeente Utrecht – Schulddienstverlening" }).first()).toBeVisible();
  await expect(region(page, "Schuldhulp")).toBeVisible();
  await expect(region(page, "Hulp dichtbij, wat het eerst open is")).toBeVisible();

  const steps = region(page, "Wat je vandaag al kunt doen");
  await expect(steps.getByRole("listitem").first()).toContainText("Bel vandaag nog je buurtteam");
  await expect(steps.getByText(/betalingsregeling/).first()).toBeVisible();
  await expect(steps.getByText(/Zet geen handtekening onder iets wat je niet begrijpt/)).toBeVisible();

  await expect(region(page, "Zo werkt hulp bij geldzorgen in Utrecht").getByText(/Schulddienstverlening/)).toBeVisible();
}

test("a resident answers the questions with the keyboard only and gets the buurtteam, 14 030 and help that fits", async ({ page, context }) => {
  await page.goto("/hulpwijzer");
  await expect(page.getByRole("heading", { level: 1, name: "Wat speelt er?" })).toBeVisible();
  // Before any answer, only the questions.
  await expect(page.getByRole("heading", { level: 2, name: "Waar je terecht kunt" })).toHaveCount(0);

  for (const name of ["Er komt een deurwaarder of een incassobureau", "Ik heb geen geld voor eten"]) {
    const checkbox = page.getByRole("checkbox", { name });
    await tabTo(page, checkbox);
    await page.keyboard.press("Space");
    await expect(checkbox).toBeChecked();
  }
  // Tab reaches the chosen radio button ("Deze week"); the arrow keys choose another.
  await tabTo(page, page.getByRole("radio", { name: "Deze week" }));
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: /^Vandaag/ })).toBeChecked();
  const buurt = page.getByLabel("Buurt", { exact: true });
  await tabTo(page, buurt);
  await page.keyboard.type("Kanaleneiland-Noord");
  await expect(buurt).toHaveValue("BU03440832");
  await expect(page.getByLabel(/In welke taal/)).toHaveValue("nl");
  await tabTo(page, page.getByRole("button", { name: "Laat zien waar ik terecht kan" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/hulpwijzer\?.*buurt=BU03440832/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("wat")).toEqual(["deurwaarder", "eten"]);
  expect(url.searchParams.get("spoed")).toBe("vandaag");
  await expectKanaleneilandAnswer(page);
  // The answers stay in the form, to change them.
  await expect(page.getByRole("heading", { level: 2, name: "Je antwoorden aanpassen" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Ik heb geen geld voor eten" })).toBeChecked();
  expect(await context.cookies()).toEqual([]);
});

test("the answer is a link: opened fresh, somewhere else, it shows the same, and sets no cookie", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(`/hulpwijzer?${ANSWER_QUERY}`);
  expect(response?.status()).toBe(200);
  await expectKanaleneilandAnswer(page);
  await expect(page.getByRole("radio", { name: /^Vandaag/ })).toBeChecked();
  await expect(page.getByLabel("Buurt", { exact: true })).toHaveValue("BU03440832");
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test("a link that was typed wrong gets a message at each question, never an error page", async ({ page }) => {
  const response = await page.goto(`/hulpwijzer?wat=eten&wat=drugs&spoed=gisteren&buurt=BU03449999&taal=${"x".repeat(5000)}&gaan=misschien`);
  expect(response?.status()).toBe(200);
  const summary = page.getByRole("alert").filter({ hasText: "Niet alles klopt" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Kies een of meer antwoorden uit de lijst." })).toHaveAttribute("href", "#hf-wat-post");
  await expect(summary.getByRole("link", { name: "Kies een buurt uit de lijst." })).toHaveAttribute("href", "#hf-buurt");
  // Each message also sits at its question, and is part of the question's description.
  await expect(page.getByRole("group", { name: "1. Wat speelt er bij jou?" })).toHaveAccessibleDescription(/Kies een of meer antwoorden uit de lijst/);
  await expect(page.getByLabel("Buurt", { exact: true })).toHaveAccessibleDescription(/Kies een buurt uit de lijst/);
  await expect(page.getByRole("group", { name: "5. Kun je ergens naartoe gaan?" })).toHaveAccessibleDescription(/Kies ja of nee/);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
});

test("the answer page and the questions have no WCAG 2.2 AA violations", async ({ page }) => {
  for (const path of ["/hulpwijzer", `/hulpwijzer?${ANSWER_QUERY}`, `/en/hulpwijzer?${ANSWER_QUERY}`, `/ar/hulpwijzer?${ANSWER_QUERY.replace("taal=nl", "taal=ar")}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations.map((v) => ({ path, id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
  }
});

test("the help finder speaks all six languages, Arabic right to left, each with its own language preselected", async ({ page }) => {
  for (const locale of ["en", "ar", "tr", "pl", "uk"]) {
    const response = await page.goto(`/${locale}/hulpwijzer`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("#hf-taal")).toHaveValue(locale);
    // The form sends the answer to the same language.
    await expect(page.locator("form[method=get]").filter({ has: page.locator("#hf-taal") })).toHaveAttribute("action", `/${locale}/hulpwijzer`);
  }
  await page.goto(`/en/hulpwijzer?${ANSWER_QUERY}`);
  await expect(page.getByRole("heading", { level: 1, name: "What is going on?" })).toBeVisible();
  await expect(page.getByText("You live in Kanaleneiland-Noord, in the Zuidwest district.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 14 030" }).first()).toHaveAttribute("href", "tel:14030");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident answers with a postcode and gets the answer for their buurt", async ({ page }) => {
    await page.goto("/hulpwijzer");
    await page.getByRole("checkbox", { name: "Ik heb een achterstand met de huur of met gas en licht" }).check();
    await page.getByRole("radio", { name: "Het heeft geen haast" }).check();
    await page.getByLabel("Of je postcode").fill("3527ab");
    await page.getByRole("radio", { name: "Nee, ik kan alleen bellen of iets online doen" }).check();
    await page.getByRole("button", { name: "Laat zien waar ik terecht kan" }).click();

    await expect(page).toHaveURL(/\/hulpwijzer\?.*postcode=3527ab/);
    await expect(page.getByText(/Dat is in Kanaleneiland-Zuid, wijk Zuidwest\./)).toBeVisible();
    await expect(region(page, /^Jouw buurtteam/).getByRole("link", { name: /^Bel / }).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Bel 14 030" }).first()).toBeVisible();
    await expect(region(page, "Wat je vandaag al kunt doen").getByText(/vroegsignalering/)).toBeVisible();
    // The postcode is written back the one way, to change it.
    await expect(page.getByLabel("Of je postcode")).toHaveValue("3527 AB");
    await expect(page.getByRole("radio", { name: "Nee, ik kan alleen bellen of iets online doen" })).toBeChecked();
  });
});
