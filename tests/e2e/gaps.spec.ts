// The gap view (/beheer/hiaten): moderators and the gemeente see where help is missing per
// wijk, choose the map layer in a GET form (?fase=… / ?dag=…), in Dutch and English, and
// every variant passes axe. Coordinators are sent back. Numbers are not asserted here: other
// journeys change listings on the same server (tests/integration/gaps-overview.test.ts
// checks the counts).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/manage";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
}

test("a moderator finds the gaps per phase and weekday, and switches the map", async ({ page }) => {
  await signIn(page, "moderator@sociale-kaart.test");
  await page.getByRole("navigation", { name: "Beheer" }).getByRole("link", { name: "Hiaten in de hulp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hiaten in de hulp" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Aantal diensten per wijk en fase/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Aantal diensten met inloop per wijk en dag" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: /^Dinsdag: / })).toHaveCount(1);
  await expect(page.getByRole("img", { name: /Kaart van de wijken van Utrecht: diensten in de fase Signaleren/ })).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel("Fase", { exact: true }).selectOption("nazorg");
  await page.getByRole("button", { name: "Toon deze fase" }).click();
  await expect(page).toHaveURL(/\/beheer\/hiaten\?fase=nazorg#kaart$/);
  await expect(page.getByText("De kaart toont nu: diensten in de fase Nazorg.")).toBeVisible();
  await expectNoViolations(page);

  await page.getByLabel("Dag met inloop", { exact: true }).selectOption("di");
  await page.getByRole("button", { name: "Toon deze dag" }).click();
  await expect(page).toHaveURL(/\/beheer\/hiaten\?dag=di#kaart$/);
  await expect(page.getByRole("img", { name: /diensten met inloop op dinsdag/ })).toBeVisible();
  await expectNoViolations(page);

  // The stale counts lead to the moderation list.
  await page.getByRole("link", { name: "Naar de lijst met niet gecontroleerde gegevens" }).click();
  await expect(page).toHaveURL(/\/beheer\/moderatie\/verouderd$/);
  // Linked from the moderation tabs as well as from the main management menu.
  await expect(page.getByRole("link", { name: "Hiaten in de hulp" })).toHaveCount(2);
});

test("the gap view in English, with and without a map choice", async ({ page }) => {
  await signIn(page, "admin@sociale-kaart.test");
  for (const query of ["", "?fase=nazorg", "?dag=di"]) {
    await page.goto(`/en/beheer/hiaten${query}`);
    await expect(page.getByRole("heading", { level: 1, name: "Gaps in help" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /^Tuesday: / })).toHaveCount(1);
    await expectNoViolations(page);
  }
  await expect(page.getByText("The map now shows: walk-in services on Tuesday.")).toBeVisible();
  await page.goto("/beheer/hiaten?fase=onbekend");
  await expect(page.getByText("Die keuze kennen we niet. Kies hieronder een fase of een dag.")).toBeVisible();
  await expectNoViolations(page);
});

test("a coordinator has no gap view", async ({ page }) => {
  await signIn(page, "overvecht@sociale-kaart.test");
  await expect(page.getByRole("link", { name: "Hiaten in de hulp" })).toHaveCount(0);
  await page.goto("/beheer/hiaten?fase=nazorg");
  await expect(page).toHaveURL(/\/beheer\?geen-toegang=1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn organisaties" })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});
