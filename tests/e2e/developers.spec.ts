// Issue 12, point 6: /ontwikkelaars, reached from the footer, says what the open data offers,
// its licence and limits, with examples that work against this very site; axe clean; the code
// examples and every link can be reached by keyboard. Dutch and English only: /ar/ontwikkelaars
// leads to the Dutch page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

test("the footer leads to the developers' page, which names the API, licence and limits, axe clean", async ({ page }) => {
  await page.goto("/wijken");
  await page.getByRole("contentinfo").getByRole("link", { name: /ontwikkelaars/i }).click();
  await expect(page).toHaveURL(/\/ontwikkelaars$/);
  await expect(page.getByRole("heading", { level: 1, name: "Voor ontwikkelaars" })).toBeVisible();
  for (const heading of ["Wat er is", "Lokale route voor landelijke routesites", "Licentie", "Grenzen", "Voorbeelden met curl"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText("GET /api/v1/route?postcode=…&huisnummer=…&behoefte=…")).toBeVisible();
  await expect(page.getByText("120 API-verzoeken en 30 keer een adres opzoeken per minuut", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "CC0 1.0 Universal (Public Domain Dedication)" })).toHaveAttribute("href", "https://creativecommons.org/publicdomain/zero/1.0/");
  await expect(page.getByRole("link", { name: "Kaart of lijst insluiten" })).toHaveAttribute("href", "/ontwikkelaars/insluiten");

  // The OpenAPI link answers the document, and the search example works against this site.
  const openapi = await page.request.get((await page.getByRole("link", { name: "openapi.json" }).getAttribute("href")) ?? "");
  expect((await openapi.json()).openapi).toBe("3.1.0");
  const curl = (await page.getByRole("region", { name: "Voedselhulp in Overvecht die nu open is:" }).textContent()) ?? "";
  const url = /"([^"]+)"/.exec(curl)?.[1] ?? "";
  expect(url).toContain("/api/v1/services?");
  expect((await page.request.get(url)).status()).toBe(200);

  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
});

test("keyboard: every link and code example of the page is reached by Tab, with a visible focus", async ({ page }) => {
  await page.goto("/ontwikkelaars");
  const main = page.locator("main");
  const targets = await main.locator("a[href], pre[tabindex='0']").count();
  expect(targets).toBeGreaterThan(5);
  // From the top of the page: past the skip link, the header and its menu, into main.
  const reached = new Set<string>();
  for (let i = 0; i < targets + 40 && reached.size < targets; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || !element.closest("main")) return null;
      const style = getComputedStyle(element);
      return { key: `${element.tagName}:${element.getAttribute("href") ?? element.getAttribute("aria-label")}`, outline: style.outlineStyle !== "none" || style.boxShadow !== "none" };
    });
    if (!focused) continue;
    expect(focused.outline, focused.key).toBe(true);
    reached.add(focused.key);
  }
  expect(reached.size).toBe(targets);
});

test("English at /en/ontwikkelaars; Arabic leads to the Dutch page", async ({ page }) => {
  await page.goto("/en/ontwikkelaars");
  await expect(page.getByRole("heading", { level: 1, name: "For developers" })).toBeVisible();
  const response = await page.request.get("/ar/ontwikkelaars", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/ontwikkelaars$/);
});
