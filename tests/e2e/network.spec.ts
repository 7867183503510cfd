// The network view (/netwerk) and the network pages (/netwerken): a drawing that is never the
// only way to read the network, filters in the URL that work by keyboard and without
// JavaScript, and no accessibility violations, in Dutch and English.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const TABLE = "Afspraken over doorverwijzen: welke organisatie verwijst naar welke, voor wat en wanneer";

/** "35 organisaties en 32 afspraken." → { organisations: 35, links: 32 } */
async function counts(page: Page) {
  const text = (await page.locator(".network-summary").textContent()) ?? "";
  const match = text.match(/(\d+) organisaties? en (\d+) afspra/);
  if (!match) throw new Error(`no counts in "${text}"`);
  return { organisations: Number(match[1]), links: Number(match[2]) };
}

test("the network view shows the drawing with a table and a list that say the same", async ({ page }) => {
  const response = await page.goto("/netwerk");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Wie verwijst naar wie?" })).toBeVisible();
  await expect(page).toHaveTitle(/^Wie verwijst naar wie\? · /);
  const { organisations, links } = await counts(page);
  expect(organisations).toBeGreaterThan(10);
  expect(links).toBeGreaterThan(10);

  // The drawing is one image with a summary; the facts are in the table and the list.
  const drawing = page.getByRole("img", { name: /^Tekening: \d+ organisaties en \d+ afspraken over doorverwijzen/ });
  await expect(drawing).toBeVisible();
  await expect(drawing.locator(".network-node")).toHaveCount(organisations);
  await expect(drawing.locator(".network-edge")).toHaveCount(links);
  // Without filters only linked organisations are drawn; the rest are counted.
  await expect(page.getByText(/organisaties zonder bevestigde afspraak staan niet in de tekening/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Uitleg bij de tekening" })).toBeVisible();
  await expect(page.getByText("Z: verwijst door voor zwaardere hulp")).toBeVisible();

  const table = page.getByRole("table", { name: TABLE });
  await expect(table.locator("tbody tr")).toHaveCount(links);
  const row = table.getByRole("row", { name: /Inloop Geld & Post Zuilen.*Buurtteam Sociaal Zuilen/ });
  await expect(row.getByRole("link", { name: "Buurtteam Sociaal Zuilen" })).toHaveAttribute("href", "/organisaties/buurtteam-sociaal-zuilen");
  await expect(row).toContainText("zwaardere hulp");

  const list = page.getByRole("list", { name: "Organisaties in 2 Buurtteam" });
  await expect(list.getByRole("link", { name: "Buurtteam Sociaal Zuilen" })).toHaveAttribute("href", "/organisaties/buurtteam-sociaal-zuilen");
  await expect(page.locator("#organisaties").getByRole("link")).toHaveCount(organisations);
});

test("filters are chosen by keyboard and end up in the URL", async ({ page }) => {
  await page.goto("/netwerk");
  const before = await counts(page);
  await page.getByLabel("Wijk", { exact: true }).focus();
  await page.keyboard.type("Overvecht");
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("overvecht");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Netwerk", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Soort organisatie")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Toon" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/[?&]wijk=overvecht(&|$)/);
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("overvecht");
  const after = await counts(page);
  expect(after.organisations).toBeLessThan(before.organisations);
  const table = page.getByRole("table", { name: TABLE });
  await expect(table.getByRole("row", { name: /Formulierenspreekuur Overvecht.*Buurtteam Sociaal Overvecht-Zuid/ })).toBeVisible();
  await expect(table.getByRole("link", { name: "Buurtteam Sociaal Zuilen" })).toHaveCount(0);
  // A small selection draws everyone, linked or not.
  await expect(page.getByText(/niet in de tekening/)).toHaveCount(0);

  await page.getByRole("link", { name: "Alles tonen" }).click();
  await expect(page).toHaveURL(/\/netwerk$/);
  await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue("");
});

test("a network and formal/informal narrow the drawing down", async ({ page }) => {
  await page.goto("/netwerk?netwerk=ketenoverleg-schuldhulp&kind=formal");
  await expect(page.getByLabel("Netwerk", { exact: true })).toHaveValue("ketenoverleg-schuldhulp");
  await expect(page.getByLabel("Soort organisatie")).toHaveValue("formal");
  const organisations = page.locator("#organisaties");
  await expect(organisations.getByRole("link", { name: "Gemeente Utrecht – Schulddienstverlening" })).toBeVisible();
  await expect(organisations.getByRole("link", { name: "Voedselbank Utrecht" })).toHaveCount(0);
  await expect(organisations.getByText("(informeel)")).toHaveCount(0);
  await expect(page.locator(".network-node--informal")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form is a plain form that still works", async ({ page }) => {
    await page.goto("/netwerk");
    await page.getByLabel("Wijk", { exact: true }).selectOption("zuidwest");
    await page.getByLabel("Soort organisatie").selectOption("informal");
    await page.getByRole("button", { name: "Toon" }).click();
    await expect(page).toHaveURL(/wijk=zuidwest/);
    await expect(page).toHaveURL(/kind=informal/);
    await expect(page.getByRole("img", { name: /^Tekening:/ })).toBeVisible();
    await expect(page.locator(".network-node--formal")).toHaveCount(0);
  });
});

test("the English network view", async ({ page }) => {
  await page.goto("/en/netwerk?wijk=overvecht");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Who refers to whom?" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Drawing: \d+ organisations and \d+ agreements on referrals/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Referral agreements: which organisation refers to which, for what and when" })).toBeVisible();
  await expect(page.getByLabel("District", { exact: true })).toHaveValue("overvecht");
  await expect(page.getByRole("link", { name: "Formulierenspreekuur Overvecht" }).first()).toHaveAttribute("href", "/en/organisaties/formulierenspreekuur-overvecht");
});

test("the networks index and a network page", async ({ page }) => {
  await page.goto("/netwerken");
  await expect(page.getByRole("heading", { level: 1, name: "Netwerken en overleggen" })).toBeVisible();
  const list = page.getByRole("list", { name: "Netwerken en overleggen in Utrecht" });
  await list.getByRole("link", { name: "Geldoverleg Kanaleneiland en Zuidwest" }).click();

  await expect(page).toHaveURL(/\/netwerken\/geldoverleg-zuidwest$/);
  await expect(page.getByRole("heading", { level: 1, name: "Geldoverleg Kanaleneiland en Zuidwest" })).toBeVisible();
  await expect(page.getByText("Overleg in de wijk")).toBeVisible();
  await expect(page.getByText("Elke zes weken")).toBeVisible();
  await expect(page.getByRole("link", { name: "Mail naar geldoverleg-zuidwest@example.org" })).toHaveAttribute(
    "href",
    "mailto:geldoverleg-zuidwest@example.org",
  );
  const members = page.getByRole("list", { name: "Organisaties in Geldoverleg Kanaleneiland en Zuidwest" });
  await expect(members.getByRole("link", { name: "Buurtteam Sociaal Kanaleneiland" })).toHaveAttribute(
    "href",
    "/organisaties/buurtteam-sociaal-kanaleneiland",
  );
  await page.getByRole("link", { name: "Bekijk de afspraken over doorverwijzen tussen deze organisaties" }).click();
  await expect(page).toHaveURL(/\/netwerk\?netwerk=geldoverleg-zuidwest$/);
  await expect(page.getByLabel("Netwerk", { exact: true })).toHaveValue("geldoverleg-zuidwest");
});

test("organisation and wijk pages link to the network pages and the network view", async ({ page }) => {
  await page.goto("/organisaties/formulierenspreekuur-overvecht");
  await expect(page.getByRole("link", { name: "Netwerklunch NOA Overvecht" })).toHaveAttribute("href", "/netwerken/netwerklunch-noa-overvecht");
  await page.goto("/wijken/overvecht");
  await expect(page.getByRole("link", { name: "Netwerklunch NOA Overvecht" })).toHaveAttribute("href", "/netwerken/netwerklunch-noa-overvecht");
  await expect(page.getByRole("link", { name: "Bekijk wie naar wie verwijst in Overvecht" })).toHaveAttribute("href", "/netwerk?wijk=overvecht");
});

test("an unknown network gets the 404 page, with status 404", async ({ page }) => {
  const response = await page.goto("/netwerken/atlantis-overleg");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
});

test("network pages set no cookies", async ({ page, context }) => {
  await page.goto("/netwerk?wijk=overvecht");
  await page.goto("/netwerken/ketenoverleg-schuldhulp");
  expect(await context.cookies()).toEqual([]);
});

for (const locale of ["nl", "en"] as const) {
  test(`the network view and pages have no accessibility violations (${locale})`, async ({ page }) => {
    const prefix = locale === "en" ? "/en" : "";
    for (const path of ["/netwerk", "/netwerk?wijk=zuidwest&kind=informal", "/netwerken", "/netwerken/netwerklunch-noa-overvecht"]) {
      await page.goto(`${prefix}${path}`);
      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(results.violations, path).toEqual([]);
    }
  });
}
