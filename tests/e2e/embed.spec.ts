// Issue 12, point 4: partners show our list (and map) in a frame on their own site. Checked as
// a partner would use it: a page on another origin (a second local server) frames /embed and
// gets results, while framing any other page of ours is refused by the browser; no cookies;
// the list works without JavaScript; axe and the keyboard on the embed and snippet pages.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { baseURL } from "./support/servers";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
}

/** A partner's page: a second HTTP server on another port (another origin) framing `src`s of ours. */
async function partnerSite(frames: { title: string; src: string }[]): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Buurtteam partner</title></head><body>
<h1>Partner</h1>
${frames.map((frame) => `<iframe title="${frame.title}" src="${baseURL}${frame.src}" width="800" height="600"></iframe>`).join("\n")}
</body></html>`;
  const server: Server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The number of places the search API finds for a query: what the map page lists too. */
async function totalFor(page: Page, query: string): Promise<number> {
  const response = await page.request.get(`/api/v1/services?${query}`);
  return ((await response.json()) as { total: number }).total;
}

test("a page on another origin shows the embedded list; framing any other page is refused", async ({ page }) => {
  const partner = await partnerSite([
    { title: "Hulp in Overvecht", src: "/embed?wijk=overvecht" },
    { title: "Kaartpagina", src: "/" },
  ]);
  try {
    expect(new URL(partner.url).origin).not.toBe(new URL(baseURL).origin);
    const refused = page.waitForEvent("console", (message) => /frame-ancestors/.test(message.text()) && message.text().includes(`${baseURL}/`));
    await page.goto(partner.url);

    const embed = page.frameLocator('iframe[title="Hulp in Overvecht"]');
    await expect(embed.getByRole("heading", { level: 1, name: "Hulp bij geldzorgen in Utrecht" })).toBeVisible();
    // The same filter as the map page: as many places as the search finds in Overvecht, fewer than in all of Utrecht.
    const inOvervecht = await totalFor(page, "wijk=overvecht");
    expect(inOvervecht).toBeGreaterThan(0);
    expect(inOvervecht).toBeLessThan(await totalFor(page, ""));
    await expect(embed.getByText(`${inOvervecht} plekken gevonden`)).toBeVisible();
    await expect(embed.getByRole("list", { name: "Gevonden hulp" }).getByRole("article")).toHaveCount(Math.min(10, inOvervecht));
    // No header or footer of ours inside a partner's page.
    await expect(embed.locator(".site-header, .site-footer")).toHaveCount(0);

    // The map page in a frame: the browser refuses it (CSP frame-ancestors 'none').
    const message = await refused;
    expect(message.text()).toContain("frame-ancestors 'none'");
    await expect(page.frameLocator('iframe[title="Kaartpagina"]').getByRole("heading", { name: "Hulp bij geldzorgen in Utrecht" })).toHaveCount(0);
  } finally {
    await partner.close();
  }
});

test("headers: /embed may be framed by https sites and localhost, every other page by nobody; no X-Frame-Options", async ({ request }) => {
  const frameAncestors = (csp: string | undefined) => (csp ?? "").split("; ").find((part) => part.startsWith("frame-ancestors ")) ?? "";
  for (const path of ["/embed", "/en/embed?wijk=overvecht", "/ar/embed?kaart=1"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(frameAncestors(response.headers()["content-security-policy"])).toBe("frame-ancestors 'self' https: http://localhost:* http://127.0.0.1:*");
    expect(response.headers()["x-frame-options"]).toBeUndefined();
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
  for (const path of ["/", "/en", "/ontwikkelaars/insluiten", "/wijken/overvecht", "/embedded", "/beheer/inloggen"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(frameAncestors(response.headers()["content-security-policy"]), path).toBe("frame-ancestors 'none'");
  }
  // A visitor's own flag header does not strip our header from a normal page.
  const forged = await request.get("/", { headers: { "x-embed-page": "1" } });
  expect(await forged.text()).toContain("site-header");
});

test("the embed sets no cookies and stores nothing, also with the map", async ({ page, context }) => {
  await page.goto("/embed?wijk=overvecht&kaart=1");
  await expect(page.locator(".map-frame")).toHaveAttribute("data-map-status", "ready");
  await expect(page.getByRole("list", { name: "Gevonden hulp" }).getByRole("article").first()).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ""]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the embed is a full list with pages, and its links open our site in a new tab", async ({ page }) => {
    await page.goto("/embed");
    await expect(page.locator("header, footer, nav.site-nav")).toHaveCount(0);
    const list = page.getByRole("list", { name: "Gevonden hulp" });
    await expect(list.getByRole("article")).toHaveCount(10);
    const first = await list.getByRole("article").first().getByRole("heading").innerText();
    // Every link to our site leaves the frame: a new tab, without a handle on the partner's page.
    for (const link of await page.locator("main a:not(.pagination-links a)").all()) {
      await expect(link).toHaveAttribute("target", "_blank");
      await expect(link).toHaveAttribute("rel", "noopener");
    }
    await page.getByRole("link", { name: "Volgende pagina" }).click();
    await expect(page).toHaveURL(/\/embed\?page=2$/);
    await expect(list.getByRole("article").first().getByRole("heading")).not.toHaveText(first);
    // No map unless asked for.
    await expect(page.locator(".map-frame")).toHaveCount(0);
  });

  test("the snippet page's form gives the code and the preview without JavaScript", async ({ page }) => {
    await page.goto("/ontwikkelaars/insluiten");
    await page.getByLabel("Wijk").selectOption({ label: "Overvecht" });
    await page.getByLabel("Alleen plekken die nu open zijn").check();
    await page.getByLabel("Taal van de teksten").selectOption("en");
    await page.getByRole("button", { name: "Maak de code" }).click();
    await expect(page).toHaveURL(/wijk=overvecht/);
    const code = await page.getByLabel("HTML-code om te kopiëren").inputValue();
    expect(code).toBe(
      `<iframe src="${baseURL}/en/embed?wijk=overvecht&amp;open=now" title="Help with money worries in Utrecht (Utrecht debt help map)" width="100%" height="600" style="border: 0" loading="lazy"></iframe>`,
    );
    // No copy button that would do nothing; the code is simply selectable.
    await expect(page.getByRole("button", { name: "Kopieer de code" })).toHaveCount(0);
    await expect(page.locator("iframe.embed-preview")).toHaveAttribute("src", "/en/embed?wijk=overvecht&open=now");
  });
});

test("snippet page by keyboard: choose, make the code, copy it; the preview follows", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto("/ontwikkelaars/insluiten");
  await page.getByLabel("Wijk").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Soort hulp")).toBeFocused();
  await page.getByLabel("Wijk").focus();
  await page.getByLabel("Wijk").selectOption({ label: "Overvecht" });
  await page.getByLabel("Een lijst en een kaart").focus();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Een lijst en een kaart")).toBeChecked();
  await page.getByRole("button", { name: "Maak de code" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/wijk=overvecht.*kaart=1/);
  await expect(page.getByLabel("HTML-code om te kopiëren")).toHaveValue(/\/embed\?wijk=overvecht&amp;kaart=1" .* height="1000"/);

  const copy = page.getByRole("button", { name: "Kopieer de code" });
  await copy.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("De code is gekopieerd.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("/embed?wijk=overvecht&amp;kaart=1");

  const preview = page.frameLocator("iframe.embed-preview");
  await expect(preview.getByRole("list", { name: "Gevonden hulp" }).getByRole("article").first()).toBeVisible();
  await expect(preview.locator(".map-frame")).toHaveAttribute("data-map-status", "ready");
});

test("embed by keyboard: the links are reached in order and open the listing in a new tab", async ({ page, context }) => {
  await page.goto("/embed?wijk=overvecht");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: /Bekijk alles op de sociale kaart/ })).toBeFocused();
  await page.keyboard.press("Tab");
  const organisation = page.getByRole("list", { name: "Gevonden hulp" }).getByRole("link").first();
  await expect(organisation).toBeFocused();
  const opened = context.waitForEvent("page");
  await page.keyboard.press("Enter");
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toMatch(/^\/organisaties\/[a-z0-9-]+$/);
  await expect(tab.locator(".site-header")).toHaveCount(1);
  // The embed stays where it was.
  expect(new URL(page.url()).pathname).toBe("/embed");
});

test("the map's popup links leave the frame too", async ({ page, context }) => {
  await page.goto("/embed?wijk=overvecht&kaart=1");
  await expect(page.locator(".map-frame")).toHaveAttribute("data-map-status", "ready");
  // In the small frame the places of a wijk start out clustered: a cluster zooms in to them.
  await page.getByRole("button", { name: /plekken dicht bij elkaar/ }).first().click();
  await page.locator(".leaflet-marker-icon.map-marker").first().click();
  const link = page.locator(".leaflet-popup-content a[href*=\"/organisaties/\"]").first();
  await expect(link).toBeVisible();
  const opened = context.waitForEvent("page");
  await link.click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toMatch(/^\/organisaties\//);
  expect(new URL(page.url()).pathname).toBe("/embed");
});

for (const path of ["/embed?wijk=overvecht", "/ar/embed?category=voedsel", "/embed?kaart=1", "/ontwikkelaars/insluiten", "/en/ontwikkelaars/insluiten?wijk=overvecht&kaart=1"]) {
  test(`axe: no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path.includes("kaart=1")) {
      const frame = path.startsWith("/embed") ? page.locator(".map-frame") : page.frameLocator("iframe.embed-preview").locator(".map-frame");
      await expect(frame).toHaveAttribute("data-map-status", "ready");
    }
    await expectNoAxeViolations(page);
  });
}
