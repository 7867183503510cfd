// Coordinators keep their own listing right; residents report mistakes; moderators keep the
// whole map trustworthy. Each journey runs on the production build with the seeded accounts.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { tabTo } from "./support/home-page";
import { dayFromNow, linkFromLatestMail, signIn } from "./support/manage";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
}

test("an invited coordinator joins, changes opening hours, adds an exception, and the public page shows it", async ({ browser, page }) => {
  const invited = `nieuwe.vrijwilliger.${Date.now()}@sociale-kaart.test`;
  await signIn(page, "lunetten@sociale-kaart.test");
  await page.getByRole("link", { name: "Geldcafé Lunetten" }).click();
  await page.getByRole("link", { name: "Beheerders" }).click();
  await page.getByLabel("E-mailadres", { exact: true }).fill(invited);
  await page.getByLabel("Rol").selectOption("EDITOR");
  await page.getByRole("button", { name: "Uitnodiging versturen" }).click();
  await expect(page.getByText(`De uitnodiging is verstuurd naar ${invited}.`)).toBeVisible();

  // The new coordinator, in a browser of their own.
  const theirs = await browser.newContext();
  const newcomer = await theirs.newPage();
  await newcomer.goto(await linkFromLatestMail(newcomer, invited));
  await newcomer.getByLabel("Uw naam").fill("Noor Nieuw");
  await newcomer.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een-goed-wachtwoord");
  await newcomer.getByLabel("Nieuw wachtwoord nog een keer").fill("een-goed-wachtwoord");
  await newcomer.getByRole("button", { name: "Account maken en meedoen" }).click();
  await expect(newcomer.getByText("Uw account is klaar en u doet nu mee. Log in om verder te gaan.")).toBeVisible();
  await expect(newcomer.getByLabel("E-mailadres", { exact: true }).first()).toHaveValue(invited);
  await newcomer.getByLabel("Wachtwoord", { exact: true }).fill("een-goed-wachtwoord");
  await newcomer.getByRole("button", { name: "Inloggen", exact: true }).click();

  await newcomer.getByRole("link", { name: "Geldcafé Lunetten" }).click();
  await newcomer.getByRole("link", { name: "Hulp en openingstijden" }).click();
  await newcomer.getByRole("link", { name: "Openingstijden van Geldcafé" }).click();
  const rule = newcomer.getByRole("group", { name: "Regel 1" });
  await rule.getByLabel("Dicht om").fill("13:15");
  await newcomer.getByRole("button", { name: "Tijden opslaan" }).click();
  await expect(newcomer.getByText("De tijden zijn opgeslagen en staan nu op de kaart.")).toBeVisible();
  await expectNoViolations(newcomer);

  await newcomer.getByLabel("Eerste dag").fill(dayFromNow(3));
  await newcomer.getByLabel(/^Reden/).last().fill("Vrijwilligersuitje");
  await newcomer.getByRole("button", { name: "Uitzondering opslaan" }).click();
  await expect(newcomer.getByText("De uitzondering is opgeslagen en staat nu op de kaart.")).toBeVisible();

  const visitor = await browser.newContext();
  const resident = await visitor.newPage();
  await resident.goto("/organisaties/geldcafe-lunetten");
  await expect(resident.getByText(/13:15/).first()).toBeVisible();
  await expect(resident.getByText(/Vrijwilligersuitje/).first()).toBeVisible();
  expect(await visitor.cookies()).toEqual([]);
  await theirs.close();
  await visitor.close();
});

test("a resident reports a mistake without an account, and a moderator resolves it", async ({ browser, page }) => {
  const visitor = await browser.newContext();
  const resident = await visitor.newPage();
  await resident.goto("/organisaties/buurthuis-oost");
  const form = resident.getByRole("form", { name: "Meld een fout over Buurthuis Oost" });
  await form.getByLabel("De openingstijden").check();
  await form.getByLabel("Wat is er fout, en wat moet het zijn?").fill("Op woensdag is de inloop nu tot 16:00, niet tot 15:00.");
  // People take a few seconds to write; the form refuses answers faster than a person.
  await resident.waitForTimeout(3_500);
  await form.getByRole("button", { name: "Melding versturen" }).click();
  await expect(resident.getByText(/Dank u wel! Uw melding is verstuurd/)).toBeVisible();
  expect(await visitor.cookies()).toEqual([]);
  await visitor.close();

  await signIn(page, "moderator@sociale-kaart.test");
  await page.goto("/beheer/moderatie/meldingen");
  const report = page.getByRole("listitem").filter({ hasText: "Op woensdag is de inloop nu tot 16:00" });
  await expect(report).toBeVisible();
  await expectNoViolations(page);
  await report.getByLabel(/Opgelost/).check();
  await report.getByRole("textbox").fill("Tijden aangepast na melding.");
  await report.getByRole("button").last().click();
  await expect(page.getByText(/opgelost/i).first()).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Op woensdag is de inloop nu tot 16:00" })).toHaveCount(0);
});

test("a new initiative is submitted, gets an address and help, is approved and appears on the map", async ({ browser, page }) => {
  const name = `Buurtkas Marshallaan ${Date.now()}`;
  const email = `buurtkas.${Date.now()}@sociale-kaart.test`;
  await page.goto("/beheer/aanmelden");
  await page.getByLabel("Uw naam").fill("Bram Buurtkas");
  await page.getByLabel("Uw e-mailadres").fill(email);
  await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("een-goed-wachtwoord");
  await page.getByLabel("Nieuw wachtwoord nog een keer").fill("een-goed-wachtwoord");
  await page.getByLabel("Naam van het initiatief").fill(name);
  await page.getByLabel(/Wat doet/).fill("Elke week koffie en hulp bij brieven en rekeningen, voor iedereen uit de buurt.");
  await expectNoViolations(page);
  await page.getByRole("button", { name: "Aanmelding versturen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bedankt voor uw aanmelding" })).toBeVisible();

  // Not on the map while it waits for a moderator.
  const visitor = await browser.newContext();
  const resident = await visitor.newPage();
  await resident.goto(`/?q=${encodeURIComponent(name)}`);
  await expect(resident.getByRole("heading", { level: 3, name })).toHaveCount(0);

  await signIn(page, email, "een-goed-wachtwoord");
  await expect(page.getByText(`${name}`)).toBeVisible();
  await page.getByRole("link", { name }).click();
  await page.getByRole("link", { name: "Adressen" }).click();
  await page.getByRole("link", { name: "Adres toevoegen" }).click();
  await page.getByLabel(/Naam van de plek/).fill("Buurtkamer Marshallaan");
  await page.getByLabel(/Straat en huisnummer/).fill("Marshallaan 2");
  await page.getByLabel(/Postcode/).fill("3527 AB");
  await page.getByRole("button", { name: "Zoek adres op" }).click();
  await expect(page.getByText(/Gevonden:/)).toBeVisible();
  await expectNoViolations(page);
  await page.getByRole("button", { name: /opslaan/i }).click();
  await expect(page.getByText("Het adres is toegevoegd.")).toBeVisible();

  await page.getByRole("link", { name: "Hulp en openingstijden" }).click();
  await page.getByRole("link", { name: "Nieuwe hulp toevoegen" }).click();
  await page.getByLabel(/Naam van de hulp/).fill("Koffie en brieven");
  await page.getByLabel(/Wat doet u voor bewoners/).fill("Samen brieven lezen en rekeningen op een rij zetten.");
  // Its only address is already ticked.
  await expect(page.getByLabel(/^Buurtkamer Marshallaan/)).toBeChecked();
  await page.getByRole("button", { name: /opslaan/i }).click();
  await expect(page.getByText(/De hulp is toegevoegd/)).toBeVisible();

  const moderatorContext = await browser.newContext();
  const moderator = await moderatorContext.newPage();
  await signIn(moderator, "moderator@sociale-kaart.test");
  await moderator.goto("/beheer/moderatie");
  await expectNoViolations(moderator);
  await moderator.getByRole("form", { name: `${name} goedkeuren` }).getByRole("button", { name: "Goedkeuren en op de kaart zetten" }).click();
  await expect(moderator.getByText(`${name} is goedgekeurd en staat nu op de kaart.`, { exact: false })).toBeVisible();

  await resident.goto(`/?q=${encodeURIComponent(name)}`);
  await expect(resident.getByRole("heading", { level: 3, name: "Koffie en brieven" })).toBeVisible();
  await visitor.close();
  await moderatorContext.close();
});

test("the management pages have no accessibility violations, in Dutch and English", async ({ page }) => {
  await signIn(page, "overvecht@sociale-kaart.test");
  await expectNoViolations(page);
  await page.getByRole("link", { name: "Formulierenspreekuur Overvecht" }).click();
  await expectNoViolations(page);
  for (const tab of ["Adressen", "Hulp en openingstijden", "Beheerders", "Meldingen", "Geschiedenis"]) {
    await page.getByRole("navigation", { name: "Onderdelen van de vermelding" }).getByRole("link", { name: tab }).click();
    await expect(page.getByRole("link", { name: tab, exact: true }).first()).toHaveAttribute("aria-current", "page");
    await expectNoViolations(page);
  }
  await page.goto("/en/beheer");
  await expect(page.getByRole("heading", { level: 1, name: "My organisations" })).toBeVisible();
  await expectNoViolations(page);
});

test("signing in is refused with a clear message, and management pages need an account", async ({ page }) => {
  await page.goto("/beheer/organisaties/onbekend");
  await expect(page).toHaveURL(/\/beheer\/inloggen/);
  await page.getByLabel("E-mailadres", { exact: true }).first().fill("overvecht@sociale-kaart.test");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("fout-wachtwoord");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Het e-mailadres of het wachtwoord klopt niet." })).toBeVisible();
  await expectNoViolations(page);
});

test("times past midnight ask the coordinator to confirm before they are saved, by keyboard, for screen readers and without JavaScript", async ({ browser, page }) => {
  await signIn(page, "lunetten@sociale-kaart.test");
  await page.getByRole("link", { name: "Geldcafé Lunetten" }).click();
  await page.getByRole("link", { name: "Hulp en openingstijden" }).click();
  await page.getByRole("link", { name: "Openingstijden van Geldcafé" }).click();
  await expect(page).toHaveURL(/\/tijden$/);
  const hoursPage = page.url();
  const form = page.getByRole("form", { name: /^Vaste tijden bij/ }).first();
  await expect(form.getByRole("group", { name: "Regel 1", exact: true })).toBeVisible();
  const rows = await form.getByRole("group", { name: /^Regel \d+$/ }).count();

  // A coordinator adds Friday 16:00–09:30: the box to confirm it appears under the times at once.
  await form.getByRole("button", { name: "Regel toevoegen" }).click();
  const added = form.getByRole("group", { name: `Regel ${rows + 1}`, exact: true });
  await expect(added.getByLabel("Dag")).toBeFocused();
  await added.getByLabel("Dag").selectOption("FR");
  await added.getByLabel("Open vanaf").fill("16:00");
  await added.getByLabel("Dicht om").fill("09:30");
  const confirm = added.getByRole("checkbox", { name: "Ja, dit klopt: open van vrijdag 16:00 tot zaterdag 09:30." });
  await expect(confirm).not.toBeChecked();

  // Saving without the tick saves nothing and says why, next to the box and in the summary.
  await tabTo(page, form.getByRole("button", { name: "Tijden opslaan" }));
  await page.keyboard.press("Enter");
  const message =
    "Deze tijden lopen door na middernacht, tot de volgende dag: 17 uur en 30 minuten achter elkaar open. Klopt dat? Vink dan 'Ja, dit klopt' aan. Klopt het niet? Pas de tijden aan.";
  await expect(form.getByRole("alert")).toContainText(`Regel ${rows + 1}, Tijden bevestigen: ${message}`);
  await expect(confirm).toHaveAttribute("aria-invalid", "true");
  await expect(confirm).toHaveAccessibleDescription(message);
  await expectNoViolations(page);

  await tabTo(page, confirm);
  await page.keyboard.press("Space");
  await expect(confirm).toBeChecked();
  await tabTo(page, form.getByRole("button", { name: "Tijden opslaan" }));
  await page.keyboard.press("Enter");
  await expect(form.getByText("De tijden zijn opgeslagen en staan nu op de kaart.")).toBeVisible();

  // Without JavaScript: the stored rule's box starts ticked; other times need a new tick.
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await context.newPage();
  await plain.goto(hoursPage);
  const plainForm = plain.getByRole("form", { name: /^Vaste tijden bij/ }).first();
  const rowWith = (label: RegExp) => plainForm.getByRole("group", { name: /^Regel \d+$/ }).filter({ has: plain.getByRole("checkbox", { name: label }) });
  const stored = rowWith(/^Ja, dit klopt: open van vrijdag 16:00 tot zaterdag 09:30/);
  await expect(stored.getByRole("checkbox", { name: /^Ja, dit klopt/ })).toBeChecked();
  await stored.getByLabel("Dicht om").fill("10:30");
  await plainForm.getByRole("button", { name: "Tijden opslaan" }).click();
  const later = rowWith(/^Ja, dit klopt: open van vrijdag 16:00 tot zaterdag 10:30/);
  const laterBox = later.getByRole("checkbox", { name: /^Ja, dit klopt/ });
  await expect(laterBox).not.toBeChecked();
  await expect(laterBox).toHaveAccessibleDescription(/^Deze tijden lopen door na middernacht, tot de volgende dag: 18 uur en 30 minuten/);
  await laterBox.check();
  await plainForm.getByRole("button", { name: "Tijden opslaan" }).click();
  await expect(plainForm.getByText("De tijden zijn opgeslagen en staan nu op de kaart.")).toBeVisible();

  // Put the hours back as they were, for the journeys after this one.
  await rowWith(/^Ja, dit klopt: open van vrijdag 16:00 tot zaterdag 10:30/).getByLabel("Weghalen").check();
  await plainForm.getByRole("button", { name: "Tijden opslaan" }).click();
  await expect(plainForm.getByText("De tijden zijn opgeslagen en staan nu op de kaart.")).toBeVisible();
  await expect(plainForm.getByRole("group", { name: /^Regel \d+$/ })).toHaveCount(rows);
  await context.close();
});
