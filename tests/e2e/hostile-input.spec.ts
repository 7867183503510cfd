// Hostile input against the production server (issue 9): the requests that used to take the
// site down, sent as a program would, and the site still answers every page at once. Bad
// action requests are refused with 4xx by the proxy (lib/security/action-guard.ts) before
// Next reads them, and a real report from a real browser still arrives.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { signIn } from "./support/manage";

const ORGANISATION_PAGE = "/organisaties/buurthuis-oost";
const PAGES = ["/", "/en", ORGANISATION_PAGE, "/api/v1/services"];

/** The id Next gave the public "Meld een fout" action in this build. */
function reportActionId(): string {
  const file = path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "submitReport" && entry.filename === "lib/reports/report-actions.ts");
  if (!found) throw new Error(`submitReport is not in ${file}`);
  return found[0];
}

/**
 * The action's arguments as React's encodeReply sends them: (state, formData). The form's
 * fields come first, named "_1_<name>"; the root "0" last, pointing at them with "$K1".
 */
function actionForm(fields: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of fields) form.append(`_1_${name}`, value);
  form.append("0", JSON.stringify([{ status: "idle" }, "$K1"]));
  return form;
}

/** A multipart body written by hand, for what FormData cannot express. */
function rawMultipart(parts: [string, string][], { close = true } = {}): { body: Buffer; contentType: string } {
  const boundary = "----hostile";
  const text = parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + (close ? `--${boundary}--\r\n` : "");
  return { body: Buffer.from(text), contentType: `multipart/form-data; boundary=${boundary}` };
}

const ROOT: [string, string] = ["0", JSON.stringify([{ status: "idle" }, "$K1"])];

/**
 * A request that hangs (an unbounded loop, a stuck event loop) fails here; how fast the site
 * answers is not asserted: that depends on the machine's load, not on the code
 * (docs/benchmarks.md measures speed).
 */
const LIVENESS = { timeout: 20_000 } as const;

async function expectSiteAnswers(request: APIRequestContext): Promise<void> {
  for (const url of PAGES) {
    const response = await request.get(url, { maxRedirects: 0, ...LIVENESS });
    expect(response.status(), url).toBe(200);
  }
}

test.describe("hostile input", () => {
  let actionId = "";
  test.beforeAll(() => {
    actionId = reportActionId();
  });

  test.beforeEach(async ({ request }) => {
    // The pages answer before the hostile request, so a failure after it is caused by it.
    for (const url of PAGES) expect((await request.get(url)).status()).toBe(200);
  });

  for (const [name, message] of [
    ["__proto__.x", "Dit veld hoort niet bij het formulier"],
    ["constructor.prototype.x", "Dit veld hoort niet bij het formulier"],
    ["x.999999999", "Hier passen hoogstens 200 regels"],
  ]) {
    test(`a field named ${name} is refused with a message and the site still answers 200`, async ({ request }) => {
      const response = await request.post(ORGANISATION_PAGE, {
        headers: { "Next-Action": actionId, Accept: "text/x-component" },
        multipart: actionForm([[name, "1"], ["topic", "HOURS"], ["message", "Een melding van een programma."]]),
        ...LIVENESS,
      });
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(message);
      await expectSiteAnswers(request);
    });
  }

  test("a body over 1 MB answers 413", async ({ request }) => {
    const response = await request.post(ORGANISATION_PAGE, {
      headers: { "Next-Action": actionId },
      multipart: actionForm([["message", "x".repeat(1024 * 1024 + 10)]]),
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("te groot");
    await expectSiteAnswers(request);
  });

  test("too many fields answer 400 (a 50,000-field form is over 1 MB as multipart: 413)", async ({ request }) => {
    const fields = Array.from({ length: 5_000 }, (_, index): [string, string] => [`_1_f${index}`, "1"]);
    const multipart = rawMultipart([...fields, ROOT]);
    expect(multipart.body.length).toBeLessThan(1024 * 1024);
    const counted = await request.post(ORGANISATION_PAGE, { headers: { "Next-Action": actionId, "Content-Type": multipart.contentType }, data: multipart.body });
    expect(counted.status()).toBe(400);
    // 50,000 fields fit under 1 MB only urlencoded.
    const urlencoded = Array.from({ length: 50_000 }, (_, index) => `f${index}=1`).join("&");
    expect(urlencoded.length).toBeLessThan(1024 * 1024);
    const many = await request.post(ORGANISATION_PAGE, { headers: { "Next-Action": actionId, "Content-Type": "application/x-www-form-urlencoded" }, data: urlencoded });
    expect(many.status()).toBe(400);
    const huge = rawMultipart([...Array.from({ length: 50_000 }, (_, index): [string, string] => [`_1_f${index}`, "1"]), ROOT]);
    const big = await request.post(ORGANISATION_PAGE, { headers: { "Next-Action": actionId, "Content-Type": huge.contentType }, data: huge.body });
    expect(big.status()).toBe(413);
    await expectSiteAnswers(request);
  });

  test("malformed multipart answers 400, in English on an English page", async ({ request }) => {
    const cut = rawMultipart([["_1_message", "afgebroken"], ROOT], { close: false });
    const response = await request.post(ORGANISATION_PAGE, { headers: { "Next-Action": actionId, "Content-Type": cut.contentType }, data: cut.body });
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("niet goed aan");
    const english = await request.post(`/en${ORGANISATION_PAGE}`, { headers: { "Next-Action": actionId, "Content-Type": cut.contentType }, data: cut.body });
    expect(english.status()).toBe(400);
    expect(await english.text()).toContain("did not arrive intact");
    const notJson = rawMultipart([["_1_message", "x"], ["0", "[{not json"]]);
    expect((await request.post(ORGANISATION_PAGE, { headers: { "Next-Action": actionId, "Content-Type": notJson.contentType }, data: notJson.body })).status()).toBe(400);
    await expectSiteAnswers(request);
  });

  test("an action called from another site answers 403", async ({ request }) => {
    const response = await request.post(ORGANISATION_PAGE, {
      headers: { "Next-Action": actionId, Origin: "https://evil.example" },
      multipart: actionForm([["topic", "HOURS"], ["message", "Een melding van een andere site."]]),
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain("niet vanaf deze website");
    await expectSiteAnswers(request);
  });
});

test("after all that, a resident's report still arrives", async ({ browser, page: moderator }) => {
  const visitor = await browser.newContext();
  const page = await visitor.newPage();
  await page.goto(ORGANISATION_PAGE);
  const form = page.getByRole("form", { name: "Meld een fout over Buurthuis Oost" });
  await form.getByLabel("De openingstijden").check();
  await form.getByLabel("Wat is er fout, en wat moet het zijn?").fill("Op vrijdag is de inloop nu tot 17:00, niet tot 16:00.");
  // People take a few seconds to write; the form refuses answers faster than a person.
  await page.waitForTimeout(3_500);
  await form.getByRole("button", { name: "Melding versturen" }).click();
  await expect(page.getByText(/Dank u wel! Uw melding is verstuurd/)).toBeVisible();
  await visitor.close();
  // Stored, so Next got the whole body after the proxy had read its copy.
  await signIn(moderator, "moderator@sociale-kaart.test");
  await moderator.goto("/beheer/moderatie/meldingen");
  await expect(moderator.getByRole("listitem").filter({ hasText: "Op vrijdag is de inloop nu tot 17:00" })).toBeVisible();
});
