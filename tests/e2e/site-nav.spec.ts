// The header every page has (issue 11, point 6): the map, the referral helper, the wijken and
// the entrance for organisations, the current one marked; on a phone behind a menu button that
// works by keyboard and screen reader, and without JavaScript; header and footer text with at
// least 4.5:1 contrast, measured from computed colours (axe skips text on the footer's gradient).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { measureContrast } from "./support/contrast";
import { tabTo } from "./support/home-page";
import { signIn } from "./support/manage";

const PHONE = { width: 390, height: 844 };
const MENU = [
  { name: "Wat speelt er?", href: "/hulpwijzer" },
  { name: "Kaart", href: "/" },
  { name: "Verwijzen (voor professionals)", href: "/verwijzen" },
  { name: "Wijken", href: "/wijken" },
  { name: "Voor organisaties", href: "/beheer" },
];

const menu = (page: Page, name = "Hoofdmenu") => page.getByRole("banner").getByRole("navigation", { name });
const menuButton = (page: Page) => menu(page).getByRole("button", { name: "Menu" });

async function expectMenu(page: Page, current: { name: string; value: "page" | "true" } | null) {
  const links = menu(page).getByRole("link");
  await expect(links).toHaveText(MENU.map((item) => item.name));
  for (const [index, item] of MENU.entries()) {
    const link = links.nth(index);
    await expect(link).toHaveAttribute("href", item.href);
    if (current?.name === item.name) await expect(link).toHaveAttribute("aria-current", current.value);
    else await expect(link).not.toHaveAttribute("aria-current");
  }
}

test("every page has the menu, with the page or part of the site you are on marked", async ({ page }) => {
  const pages: [string, { name: string; value: "page" | "true" } | null][] = [
    ["/", { name: "Kaart", value: "page" }],
    ["/?wijk=overvecht", { name: "Kaart", value: "page" }],
    ["/hulpwijzer", { name: "Wat speelt er?", value: "page" }],
    ["/verwijzen", { name: "Verwijzen (voor professionals)", value: "page" }],
    ["/wijken", { name: "Wijken", value: "page" }],
    ["/wijken/overvecht", { name: "Wijken", value: "true" }],
    ["/organisaties/geldcafe-lunetten", null],
    ["/netwerk", null],
    ["/beheer/inloggen", { name: "Voor organisaties", value: "true" }],
  ];
  for (const [path, current] of pages) {
    await page.goto(path);
    await expectMenu(page, current);
  }
  // Management pages, signed in, have it too.
  await signIn(page, "lunetten@sociale-kaart.test");
  await expectMenu(page, { name: "Voor organisaties", value: "page" });
  await page.getByRole("main").getByRole("link", { name: "Geldcafé Lunetten" }).click();
  await expect(page).toHaveURL(/\/beheer\/organisaties\//);
  await expectMenu(page, { name: "Voor organisaties", value: "true" });
});

test("in English the menu takes you to the English pages", async ({ page }) => {
  await page.goto("/en/wijken");
  const links = menu(page, "Main menu").getByRole("link");
  await expect(links).toHaveText(["What is going on?", "Map", "Referring (for professionals)", "Districts", "For organisations"]);
  await expect(links.nth(0)).toHaveAttribute("href", "/en/hulpwijzer");
  await expect(links.nth(1)).toHaveAttribute("href", "/en");
  await expect(links.nth(3)).toHaveAttribute("href", "/en/wijken");
  await expect(links.nth(3)).toHaveAttribute("aria-current", "page");
  await links.nth(2).click();
  await expect(page).toHaveURL(/\/en\/verwijzen$/);
  await expect(links.nth(2)).toHaveAttribute("aria-current", "page");
});

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("the menu opens and closes by keyboard, and Escape brings focus back to its button", async ({ page }) => {
    await page.goto("/wijken");
    const button = menuButton(page);
    const links = menu(page).getByRole("link");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(links.first()).toBeHidden();
    const list = page.locator(`#${await button.getAttribute("aria-controls")}`);
    await expect(list).toHaveCount(1);
    await expect(list.locator("a")).toHaveCount(MENU.length);

    // The skip link still comes first, and still skips to the content.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Naar de inhoud" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#inhoud$/);

    await page.goto("/wijken");
    await tabTo(page, button, { max: 5 });
    await page.keyboard.press("Enter");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(links).toHaveText(MENU.map((item) => item.name));
    for (const link of await links.all()) await expect(link).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(links.first()).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toBeFocused();
    await expect(links.first()).toBeHidden();

    // Space opens it too; a link followed closes it on the new page.
    await page.keyboard.press("Space");
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(links.nth(2)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/verwijzen$/);
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "false");
    await expect(links.first()).toBeHidden();
  });

  test("the page does not move when the menu button comes to life", async ({ page }) => {
    await page.goto("/wijken");
    // Hydrated: the button works.
    await menuButton(page).click();
    await expect(menuButton(page)).toHaveAttribute("aria-expanded", "true");
    // Shifts before that click (none may come from the header taking another shape).
    const shifts = await page.evaluate(() => {
      const observer = new PerformanceObserver(() => {});
      // Buffered entries are in the observer's records as soon as it observes.
      observer.observe({ type: "layout-shift", buffered: true });
      const entries = observer.takeRecords() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
      observer.disconnect();
      return entries.filter((entry) => !entry.hadRecentInput).map((entry) => entry.value);
    });
    expect(shifts).toEqual([]);
  });

  test("with the menu open there are no WCAG 2.2 AA violations", async ({ page }) => {
    await page.goto("/verwijzen");
    await menuButton(page).click();
    await expect(menu(page).getByRole("link").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: PHONE });

  test("a phone shows the menu's links instead of a button that could not open", async ({ page }) => {
    await page.goto("/wijken/overvecht");
    await expect(menuButton(page)).toBeHidden();
    const links = menu(page).getByRole("link");
    await expect(links).toHaveText(MENU.map((item) => item.name));
    for (const link of await links.all()) await expect(link).toBeVisible();
    await links.nth(2).click();
    await expect(page).toHaveURL(/\/verwijzen$/);
  });
});

test.describe("contrast of the header and footer, from computed colours", () => {
  // Every text in the header and footer, in its normal state and (links) while hovered.
  async function expectContrast(page: Page, selector: string, { hover = false } = {}) {
    const elements = page.locator(selector);
    const count = await elements.count();
    expect(count, selector).toBeGreaterThan(0);
    const measured = await measureContrast(elements);
    for (const item of measured) expect(item.ratio, `${selector} "${item.text}": ${item.colour} on ${JSON.stringify(item.backgrounds)}`).toBeGreaterThanOrEqual(4.5);
    if (hover) {
      for (let index = 0; index < count; index++) {
        await elements.nth(index).hover();
        const [hovered] = await measureContrast(elements.nth(index));
        expect(hovered.ratio, `${selector} "${hovered.text}" hovered: ${hovered.colour}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    return measured;
  }

  for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
    test(`header and footer links reach 4.5:1 at ${viewport.width}px`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/verwijzen");
      if (viewport.width < 768) {
        await menuButton(page).click();
        await expect(menu(page).getByRole("link").first()).toBeVisible();
        await expectContrast(page, "header button");
      }
      await expectContrast(page, "header a:visible", { hover: true });
      await expectContrast(page, "footer p");
      const footerLinks = await expectContrast(page, "footer a", { hover: true });
      // The helper, the network, the developers' page and beheer.
      expect(footerLinks).toHaveLength(4);
      // The footer's red is a gradient: every stop of it was judged, not one colour.
      expect(footerLinks[0].backgrounds.some((layer) => layer.length > 1)).toBe(true);
    });
  }
});
