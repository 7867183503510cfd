// Helpers for the map page's end-to-end tests: reading the result list, waiting for the
// client-only map, and switching the PDOK stub's failure mode.
import { expect, type Locator, type Page } from "@playwright/test";
import { pdokStubURL } from "./servers";

export const RESULT_HEADING = /(\d+|Geen) plek(ken)? gevonden/;

/** Opens a URL of the map page and waits until Leaflet has drawn the markers. */
export async function openMapPage(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await waitForMarkers(page);
}

export async function waitForMarkers(page: Page): Promise<void> {
  // Generous: the first page of a fresh server also loads the map's code.
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible({ timeout: 20_000 });
  await waitForMapAtRest(page);
}

/**
 * Waits until the map has finished framing the results: no zoom or cluster animation runs
 * and the markers stay where they are. Checks made mid-animation see markers that are
 * still sliding into their clusters.
 */
export async function waitForMapAtRest(page: Page): Promise<void> {
  const positions = () =>
    page.evaluate(() => {
      const container = document.querySelector(".leaflet-container");
      const animating = container?.classList.contains("leaflet-zoom-anim") || document.querySelector(".leaflet-cluster-anim") !== null;
      const markers = [...document.querySelectorAll<HTMLElement>(".leaflet-marker-icon")].map((m) => m.style.transform).join("|");
      return animating ? null : markers;
    });
  await expect
    .poll(
      async () => {
        const first = await positions();
        await page.waitForTimeout(250);
        const second = await positions();
        return first !== null && first === second;
      },
      { timeout: 15_000 },
    )
    .toBe(true);
}

export function resultList(page: Page, name = "Gevonden hulp"): Locator {
  return page.getByRole("list", { name });
}

/** The list item of a service, found by its heading (the service name). */
export function resultCard(page: Page, service: string | RegExp): Locator {
  return resultList(page).locator(":scope > li").filter({ has: page.getByRole("heading", { level: 3, name: service }) });
}

/** The number in the result heading, "23 plekken gevonden" → 23. */
export async function resultCount(page: Page): Promise<number> {
  const text = (await page.getByRole("heading", { level: 2, name: RESULT_HEADING }).textContent()) ?? "";
  const match = /\d+/.exec(text);
  return match ? Number(match[0]) : 0;
}

/** "350 m" → 350, "1,2 km" → 1200. */
export function metres(text: string): number {
  const match = /([\d.,]+)\s*(k?m)/.exec(text);
  if (!match) throw new Error(`Geen afstand in "${text}"`);
  const value = Number(match[1].replace(/\./g, "").replace(",", "."));
  return match[2] === "km" ? value * 1000 : value;
}

export async function setPdokFailing(on: boolean): Promise<void> {
  const response = await fetch(`${pdokStubURL}/__fail?on=${on ? 1 : 0}`);
  expect(response.ok).toBe(true);
}

export async function resetPdokStub(): Promise<void> {
  const response = await fetch(`${pdokStubURL}/__reset`);
  expect(response.ok).toBe(true);
}

/** Presses Tab (or Shift+Tab) until `target` has focus: the keyboard journeys' only way to move. */
export async function tabTo(page: Page, target: Locator, { max = 120, backwards = false } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Met Tab niet bij ${target} gekomen`);
}
