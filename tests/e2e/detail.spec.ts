import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Response } from "@playwright/test";

const GEMEENTE = "/organisaties/gemeente-utrecht-schulddienstverlening";
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The maps are client-only: wait until Leaflet has drawn them, so axe and screenshots see the real page. */
async function waitForMaps(page: Page) {
  await expect(page.locator(".detail-map__marker").first()).toBeVisible();
}

test("an organisation page shows its services, hours, contact links and confirmed referrals", async ({ page }) => {
  const response = await page.goto(GEMEENTE);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Gemeente Utrecht – Schulddienstverlening · /);
  await expect(page.getByRole("heading", { level: 1, name: "Gemeente Utrecht – Schulddienstverlening" })).toBeVisible();
  await expect(page.getByText("Formele hulp").first()).toBeVisible();
  await expect(page.getByText("Specialistische hulp, zoals de schuldhulp van de gemeente")).toBeVisible();
  await expect(page.getByText(/^Laatst gecontroleerd: \d+ \w+ \d{4}/)).toBeVisible();
  await expect(page.getByRole("note").getByText(/sommige gegevens op deze pagina zijn voorbeelden/)).toBeVisible();

  // What they do: every active service, with facts in plain words.
  const services = page.locator("#wat-ze-doen");
  await expect(services.getByRole("heading", { level: 3, name: "Aanmelden voor schuldhulp" })).toBeVisible();
  await expect(services.getByRole("heading", { level: 3, name: "Schuldregeling en saneringskrediet" })).toBeVisible();
  await expect(services.getByText("Rust brengen in je geldzaken").first()).toBeVisible();
  await expect(services.getByText("Nederlands, Engels").first()).toBeVisible();
  await expect(services.getByText("Gratis").first()).toBeVisible();

  // Where and when: the week per service at each place, the open state and what differs soon.
  const stadskantoor = page.getByRole("region", { name: "Stadskantoor gemeente Utrecht" });
  await expect(stadskantoor.getByText("Stadsplateau 1")).toBeVisible();
  const aanmelden = stadskantoor.getByRole("region", { name: "Aanmelden voor schuldhulp" });
  await expect(aanmelden.getByText("maandag tot en met vrijdag")).toBeVisible();
  await expect(aanmelden.getByText("09:00–17:00")).toBeVisible();
  await expect(aanmelden.locator(".open-state")).toHaveText(/^(Nu open|Gesloten)/);
  await expect(stadskantoor.getByText("Toegankelijk met een rolstoel")).toBeVisible();
  await expect(stadskantoor.getByRole("link", { name: "Route naar Stadskantoor gemeente Utrecht (OpenStreetMap)" })).toHaveAttribute(
    "href",
    "https://www.openstreetmap.org/directions?to=52.0884,5.1083",
  );
  await waitForMaps(page);

  // Contact links with hrefs a phone and a mail program understand.
  const contact = page.getByRole("list", { name: "Contact met Gemeente Utrecht – Schulddienstverlening" });
  await expect(contact.getByRole("link", { name: "Bel 14 030" })).toHaveAttribute("href", "tel:14030");
  await expect(contact.getByRole("link", { name: /^Mail naar/ })).toHaveAttribute("href", "mailto:schulddienstverlening@utrecht.nl");
  await expect(contact.getByRole("link", { name: "Website: utrecht.nl/werk-en-inkomen" })).toHaveAttribute(
    "href",
    "https://www.utrecht.nl/werk-en-inkomen/",
  );

  // Confirmed referrals arriving here, with the hand-over steps and never a direct line.
  const referrals = page.locator("#doorverwijzen");
  await expect(referrals.getByRole("heading", { level: 3, name: "Krijgt verwijzingen van" })).toBeVisible();
  await expect(referrals.getByRole("link", { name: "De Geldzaak: Inloop voor vragen over geld" })).toBeVisible();
  await expect(referrals.getByText("Bel samen met de bezoeker naar 14 030 en vraag naar schulddienstverlening.")).toBeVisible();
  await expect(page.getByText("Ketenlijn schulddienstverlening voor buurtteams")).toHaveCount(0);
});

test("referrals show both directions and leave out proposals", async ({ page }) => {
  await page.goto("/organisaties/de-geldzaak");
  const referrals = page.locator("#doorverwijzen");
  await expect(referrals.getByRole("heading", { level: 3, name: "Verwijst door naar" })).toBeVisible();
  await expect(referrals.getByRole("link", { name: "Gemeente Utrecht – Schulddienstverlening: Aanmelden voor schuldhulp" })).toHaveAttribute(
    "href",
    GEMEENTE,
  );
  await expect(page.getByRole("heading", { level: 2, name: "Werkt samen in" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Armoedecoalitie Utrecht" })).toBeVisible();

  // A referral that is only proposed between the mosque and Al Amal is not shown on either page.
  for (const slug of ["moskee-kanaleneiland", "al-amal"]) {
    await page.goto(`/organisaties/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("Iemand die een pakket haalt, vertelt over brieven die hij niet begrijpt.")).toHaveCount(0);
  }
});

test("a listing not checked for half a year says so", async ({ page }) => {
  // The seed spreads "last checked" over the past year; De Tussenvoorziening is 222 days ago.
  await page.goto("/organisaties/de-tussenvoorziening");
  await expect(page.getByText("niet recent gecontroleerd")).toBeVisible();
  await expect(page.getByText("Misschien is er iets veranderd.")).toBeVisible();
  await page.goto(GEMEENTE);
  await expect(page.getByText(/^Laatst gecontroleerd:/)).toBeVisible();
  await expect(page.getByText("niet recent gecontroleerd")).toHaveCount(0);
});

test("an organisation without an address links to WhatsApp with the international number", async ({ page }) => {
  await page.goto("/organisaties/burenhulp-app-overvecht");
  await expect(page.getByRole("link", { name: "WhatsApp 06-1234 5678" })).toHaveAttribute("href", "https://wa.me/31612345678");
  await expect(page.getByText("Deze organisatie heeft geen adres waar je naartoe kunt.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Overvecht", exact: true })).toHaveAttribute("href", "/wijken/overvecht");
  await expect(page.getByText("Geen aanmelding nodig").first()).toBeVisible();
});

test("the English version uses English words and URLs", async ({ page }) => {
  await page.goto(`/en${GEMEENTE}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 2, name: "What they do" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Where and when" })).toBeVisible();
  await expect(page.getByText("Monday to Friday").first()).toBeVisible();
  await expect(page.getByText("Dutch, English").first()).toBeVisible();
  await expect(page.getByText("Formal help").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Call 14 030" }).first()).toHaveAttribute("href", "tel:14030");
  await expect(page.locator("#doorverwijzen").getByRole("link", { name: /^De Geldzaak/ })).toHaveAttribute("href", "/en/organisaties/de-geldzaak");
});

for (const locale of ["nl", "en"] as const) {
  test(`an organisation page has no accessibility violations (${locale})`, async ({ page }) => {
    await page.goto(`${locale === "en" ? "/en" : ""}${GEMEENTE}`);
    await waitForMaps(page);
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(results.violations).toEqual([]);
  });
}

// Nothing streams before notFound(): search engines and link checkers get a real 404.
async function expectNotFoundPage(page: Page, heading: string, status: number | undefined) {
  expect(status).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content="noindex"]').first()).toBeAttached();
}

test("an unknown organisation gets the 404 page with a way back", async ({ page }) => {
  let response = await page.goto("/organisaties/bestaat-niet");
  await expectNotFoundPage(page, "Deze pagina bestaat niet", response?.status());
  await expect(page.getByRole("link", { name: "Naar de kaart met alle hulp" })).toHaveAttribute("href", "/");
  await expect(page.getByRole("link", { name: "Hulp per wijk" })).toHaveAttribute("href", "/wijken");
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations).toEqual([]);

  response = await page.goto("/en/organisaties/bestaat-niet");
  await expectNotFoundPage(page, "This page does not exist", response?.status());
  await expect(page.getByRole("link", { name: "Go to the map with all help" })).toHaveAttribute("href", "/en");

  // Any other unknown address gets the same localized page.
  response = await page.goto("/dit/bestaat/ook-niet");
  await expectNotFoundPage(page, "Deze pagina bestaat niet", response?.status());
});

test("detail pages set no cookies", async ({ page, context }) => {
  await page.goto(GEMEENTE);
  await waitForMaps(page);
  await page.goto("/en/organisaties/de-geldzaak");
  await waitForMaps(page);
  expect(await context.cookies()).toEqual([]);
});

test("printing hides the maps and navigation and writes out link addresses", async ({ page }) => {
  await page.goto(GEMEENTE);
  await waitForMaps(page);
  await expect(page.locator(".detail-map").first()).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".detail-map").first()).toBeHidden();
  await expect(page.locator(".breadcrumb")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Op deze pagina" })).toBeHidden();
  const website = page.getByRole("link", { name: "Website: utrecht.nl/werk-en-inkomen" }).first();
  const after = await website.evaluate((element) => getComputedStyle(element, "::after").content);
  expect(after).toContain("https://www.utrecht.nl/werk-en-inkomen/");
  await page.emulateMedia({ media: "screen" });
});

test("screenshots of an organisation page on desktop and phone", async ({ page }) => {
  await page.goto(GEMEENTE);
  await waitForMaps(page);
  await page.screenshot({ path: "/tmp/detail.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/organisaties/buurtteam-sociaal-overvecht-noord");
  await waitForMaps(page);
  await page.screenshot({ path: "/tmp/detail-phone.png", fullPage: true });
});

test("the report form is checked in the browser by the action's own schema, which loads only when the form is used", async ({ page }) => {
  // "tooShort" as a string of its own is one of the schema's message keys: in the schema's code
  // and nowhere else (the messages code has "errors.tooShort").
  const isSchema = async (response: Response) => response.request().resourceType() === "script" && /["']tooShort["']/.test(await response.text());
  const firstLoad: Promise<boolean>[] = [];
  const collect = (response: Response) => firstLoad.push(isSchema(response));
  page.on("response", collect);
  await page.goto("/organisaties/buurthuis-oost");
  const form = page.getByRole("form", { name: "Meld een fout over Buurthuis Oost" });
  await expect(form).toBeVisible();
  page.off("response", collect);
  expect(await Promise.all(firstLoad)).not.toContain(true);

  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  const schemaLoaded = page.waitForResponse(isSchema);
  await form.getByLabel("Wat is er fout, en wat moet het zijn?").focus();
  await schemaLoaded;
  await form.getByRole("button", { name: "Melding versturen" }).click();
  await expect(form.getByText("Niet opgeslagen. Verbeter de velden met een melding.")).toBeVisible();
  expect(posts).toEqual([]);
});
