// The referral helper (/verwijzen) for professionals: the Zuidwest scenario from issue 5 with
// the keyboard only, a shareable URL, "which buurtteam?" from an address alone (through the
// PDOK stub), without JavaScript, and axe in both languages. The server's clock is real, so
// what is open today varies; assertions about opening hours live in the integration test.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { tabTo } from "./support/home-page";
import { pdfPageCount, pdfText } from "../support/pdf-text";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const SCENARIO_QUERY =
  "buurt=BU03440832&nodig=betalingsachterstand&nodig=zware-schulden&nodig=voedselnood&spoed=vandaag&reizen=ja";

const group = (page: Page, name: string) => page.getByRole("region", { name });
const resultHeading = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 4, name });

async function expectZuidwestAnswer(page: Page) {
  await expect(page.getByRole("heading", { level: 2, name: "Hulp voor Kanaleneiland-Noord (wijk Zuidwest)" })).toBeVisible();

  // First the buurtteams whose service area covers the buurt: sociaal, then jeugd & gezin.
  const teams = group(page, "Het buurtteam van deze buurt");
  await expect(teams.getByRole("heading", { level: 4 })).toHaveCount(2);
  await expect(teams.getByRole("heading", { level: 4 }).first()).toContainText("Kanaleneiland");
  await expect(teams.getByRole("heading", { level: 4 }).nth(1)).toContainText("Zuidwest");
  await expect(teams.getByText("Dit buurtteam werkt in Kanaleneiland-Noord.")).toBeVisible();

  // Heavy debts: the formal route, the gemeente first, with the warm hand-over agreed with the buurtteam.
  const formal = group(page, "De formele route bij zware schulden");
  const gemeente = formal.getByRole("listitem").filter({ has: resultHeading(page, /^Gemeente Utrecht – Schulddienstverlening/) }).first();
  await expect(gemeente).toBeVisible();
  await expect(gemeente.getByText("Het buurtteam van deze buurt heeft een vaste afspraak om hierheen te verwijzen.")).toBeVisible();
  await expect(gemeente.getByText("Zo draag je warm over")).toBeVisible();
  await expect(gemeente.getByRole("heading", { level: 5, name: /^Afspraak van Buurtteam Sociaal Kanaleneiland/ })).toBeVisible();
  await expect(gemeente.getByText("Een eerste gesprek samen met de cliënt kan.").first()).toBeVisible();
  await expect(gemeente.getByRole("link", { name: /^Folder voor de cliënt/ })).toHaveAttribute(
    "href",
    "/organisaties/gemeente-utrecht-schulddienstverlening/folder",
  );

  // Food help; when the Voedselbank is listed, the moskee is named as its agreed alternative.
  await expect(resultHeading(page, /^Moskee Kanaleneiland/)).toBeVisible();
  const near = group(page, "Hulp dichtbij, eerst wat het snelst open is");
  if ((await near.getByRole("heading", { level: 4, name: /^Voedselbank Utrecht/ }).count()) > 0) {
    const alternatives = group(page, "Als de cliënt ergens niet terechtkan");
    await expect(alternatives.getByRole("heading", { level: 4, name: /^Moskee Kanaleneiland/ })).toBeVisible();
    await expect(alternatives.getByText(/Alternatief als de cliënt niet terechtkan bij Voedselbank Utrecht/)).toBeVisible();
  }
}

test("the Zuidwest scenario, filled in and sent with the keyboard only", async ({ page }) => {
  await page.goto("/verwijzen");
  await expect(page.getByRole("heading", { level: 1, name: "Verwijzen: waar kan mijn cliënt terecht?" })).toBeVisible();
  await expect(page.getByText(/We bewaren niets van wat je hier invult/)).toBeVisible();

  const buurt = page.getByLabel("Of kies de buurt");
  await tabTo(page, buurt);
  await page.keyboard.type("Kanaleneiland-Noord");
  await expect(buurt).toHaveValue("BU03440832");
  for (const need of ["Betalingsachterstand (huur, energie, zorgverzekering)", "Zware schulden", "Geen of te weinig eten"]) {
    const checkbox = page.getByRole("checkbox", { name: need });
    await tabTo(page, checkbox);
    await page.keyboard.press("Space");
    await expect(checkbox).toBeChecked();
  }
  // Tab reaches the chosen radio button of a group ("Deze week"); the arrow keys choose another.
  await tabTo(page, page.getByRole("radio", { name: "Deze week" }));
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("radio", { name: "Vandaag nog" })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: "Zoek hulp" }));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/verwijzen\?.*buurt=BU03440832/);
  const url = new URL(page.url());
  expect(url.searchParams.getAll("nodig")).toEqual(["betalingsachterstand", "zware-schulden", "voedselnood"]);
  expect(url.searchParams.get("spoed")).toBe("vandaag");
  await expectZuidwestAnswer(page);
  await expect(page.getByRole("button", { name: "Print voor de cliënt" })).toBeVisible();

  // The URL is the whole question: a reload (or a colleague opening the link) shows the same.
  await page.reload();
  await expectZuidwestAnswer(page);
  await expect(page.getByRole("checkbox", { name: "Zware schulden" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Vandaag nog" })).toBeChecked();
});

test("the client takes the handouts home: each answer's folder prints as a one-page PDF of that organisation", async ({ page }) => {
  await page.goto(`/verwijzen?${SCENARIO_QUERY}`);
  await expectZuidwestAnswer(page);
  const chosen = [
    { group: "Het buurtteam van deze buurt", name: /Kanaleneiland/ },
    { group: "De formele route bij zware schulden", name: /^Gemeente Utrecht – Schulddienstverlening/ },
  ];
  for (const { group: groupName, name } of chosen) {
    const item = group(page, groupName).getByRole("listitem").filter({ has: resultHeading(page, name) }).first();
    // The heading reads "Organisation — service".
    const organisation = ((await item.getByRole("heading", { level: 4 }).first().textContent()) ?? "").split(" — ")[0].trim();
    const folder = await item.getByRole("link", { name: /^Folder voor de cliënt/ }).getAttribute("href");
    expect(folder).toMatch(/^\/organisaties\/[a-z0-9-]+\/folder$/);
    const response = await page.request.get(`${folder}.pdf`);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    const bytes = new Uint8Array(await response.body());
    expect(await pdfPageCount(bytes)).toBe(1);
    expect(organisation.length).toBeGreaterThan(3);
    expect(pdfText(bytes)).toContain(organisation);
  }
});

test("a shared link opens straight on the answer", async ({ page }) => {
  const response = await page.goto(`/verwijzen?${SCENARIO_QUERY}`);
  expect(response?.status()).toBe(200);
  await expectZuidwestAnswer(page);
});

test("'which buurtteam serves this address?' works with only the address", async ({ page }) => {
  await page.goto("/verwijzen");
  const lookup = page.getByRole("region", { name: "Welk buurtteam hoort bij dit adres?" });
  await tabTo(page, lookup.getByLabel("Adres of postcode"));
  await page.keyboard.type("Marshallaan 2");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/verwijzen\?adres=Marshallaan\+2$/);
  await expect(page.getByRole("heading", { level: 2, name: "Hulp voor Kanaleneiland-Zuid (wijk Zuidwest)" })).toBeVisible();
  await expect(page.getByText("Gevonden adres: Marshallaan 2, 3527AB Utrecht")).toBeVisible();
  await expect(group(page, "Het buurtteam van deze buurt").getByRole("heading", { level: 4 })).toHaveCount(2);
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(1);
});

test("an address that cannot be found is said plainly", async ({ page }) => {
  await page.goto("/verwijzen?adres=Damrak+1");
  await expect(page.getByText("We vonden dit adres niet. Controleer het adres of kies de buurt.")).toBeVisible();
});

test("the footer links professionals to the helper", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Verwijzen (voor professionals)" }).click();
  await expect(page).toHaveURL(/\/verwijzen$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form works and the answer is complete; the print button needs scripts and is not shown", async ({ page }) => {
    await page.goto("/verwijzen");
    await page.getByLabel("Of kies de buurt").selectOption("BU03440832");
    await page.getByRole("checkbox", { name: "Zware schulden" }).check();
    await page.getByRole("checkbox", { name: "Geen of te weinig eten" }).check();
    await page.getByRole("checkbox", { name: "Betalingsachterstand (huur, energie, zorgverzekering)" }).check();
    await page.getByRole("radio", { name: "Vandaag nog" }).check();
    await page.getByRole("button", { name: "Zoek hulp" }).click();
    await expectZuidwestAnswer(page);
    await expect(page.getByRole("button", { name: "Print voor de cliënt" })).toHaveCount(0);
  });
});

test("the English page", async ({ page }) => {
  await page.goto(`/en/verwijzen?${SCENARIO_QUERY}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: "Help for Kanaleneiland-Noord (Zuidwest district)" })).toBeVisible();
  await expect(group(page, "The neighbourhood team for this area").getByRole("heading", { level: 4 })).toHaveCount(2);
  await expect(group(page, "The formal route for heavy debts")).toBeVisible();
});

for (const locale of ["nl", "en"] as const) {
  test(`the helper with results has no accessibility violations (${locale})`, async ({ page }) => {
    const prefix = locale === "en" ? "/en" : "";
    await page.goto(`${prefix}/verwijzen?${SCENARIO_QUERY}`);
    await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations).toEqual([]);

    await page.goto(`${prefix}/verwijzen`);
    const empty = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(empty.violations).toEqual([]);
  });
}
