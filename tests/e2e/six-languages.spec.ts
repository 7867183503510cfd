// Six languages for residents (issue 11, point 1): the page says its language and direction,
// the language switcher offers all six (each named in itself, with lang and hrefLang) and keeps
// the page and its search, also without JavaScript; pages for professionals and organisations
// exist in Dutch and English only, so their Arabic address leads to the Dutch page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const LANGUAGES = [
  { lang: "nl", name: "Nederlands", href: "/" },
  { lang: "en", name: "English", href: "/en" },
  { lang: "ar", name: "العربية", href: "/ar" },
  { lang: "tr", name: "Türkçe", href: "/tr" },
  { lang: "pl", name: "Polski", href: "/pl" },
  { lang: "uk", name: "Українська", href: "/uk" },
];

const switcher = (page: Page) => page.getByRole("banner").locator("details.language-switch");

test("an Arabic page is right to left, and its switcher lists six languages by keyboard", async ({ page }) => {
  await page.goto("/ar/wijken/overvecht");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The map stays left to right: Leaflet breaks under rtl.
  await expect(page.locator(".leaflet-container").first()).toHaveCSS("direction", "ltr");

  const summary = switcher(page).locator("summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  const links = switcher(page).getByRole("link");
  await expect(links).toHaveText(LANGUAGES.map((language) => language.name));
  for (const [index, language] of LANGUAGES.entries()) {
    const link = links.nth(index);
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("lang", language.lang);
    await expect(link).toHaveAttribute("hreflang", language.lang);
    await expect(link).toHaveAttribute("href", `${language.href === "/" ? "" : language.href}/wijken/overvecht`);
    if (language.lang === "ar") await expect(link).toHaveAttribute("aria-current", "page");
    else await expect(link).not.toHaveAttribute("aria-current");
  }
  // Escape closes it and gives focus back to its summary.
  await page.keyboard.press("Tab");
  await expect(links.first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(links.first()).toBeHidden();
  await expect(summary).toBeFocused();

  // The header's pages for professionals and organisations are the Dutch ones.
  const menu = page.getByRole("banner").getByRole("navigation");
  for (const href of ["/verwijzen", "/beheer"]) await expect(menu.locator(`a[href="${href}"]`)).toHaveAttribute("hreflang", "nl");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).include("header").analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("/ar/beheer leads to the Dutch /beheer, path and query kept", async ({ page, request }) => {
  const response = await request.get("/ar/beheer/inloggen?x=1", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const location = new URL(response.headers().location, "http://any");
  expect(location.pathname + location.search).toBe("/beheer/inloggen?x=1");
  const first = await request.get("/ar/beheer", { maxRedirects: 0 });
  expect(first.status()).toBe(307);
  expect(first.headers().location).toMatch(/^(https?:\/\/[^/]+)?\/beheer$/);
  // Signed out, /beheer itself goes on to the sign-in page.
  await page.goto("/ar/beheer");
  await expect(page).toHaveURL(/\/beheer(\/inloggen\?.*)?$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  // There it offers only Dutch and English.
  await switcher(page).locator("summary").click();
  await expect(switcher(page).getByRole("link")).toHaveText(["Nederlands", "English"]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the switcher opens and goes to the same search in another language", async ({ page }) => {
    await page.goto("/?wijk=overvecht&lang=ar");
    await switcher(page).locator("summary").click();
    await switcher(page).getByRole("link", { name: "Türkçe" }).click();
    await expect(page).toHaveURL(/\/tr\?wijk=overvecht&lang=ar$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  });
});
