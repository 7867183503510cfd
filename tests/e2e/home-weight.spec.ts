import { expect, test } from "@playwright/test";
import { measurePage } from "./support/page-weight";

// Budgets from issue 10: the home page's HTML carries one page of results and nothing more
// (no map points, no wijk boundaries, no translations the browser does not use), and the
// JavaScript it loads first stays within what a cheap phone parses quickly.
const HTML_BUDGET = 100_000;
const FIRST_LOAD_JS_GZIP_BUDGET = 180_000;

for (const path of ["/", "/en"]) {
  test(`the home page ${path} stays within its byte budgets`, async ({ baseURL }) => {
    const weight = await measurePage(baseURL!, path);
    expect(weight.htmlBytes, `HTML of ${path}`).toBeLessThanOrEqual(HTML_BUDGET);
    expect(weight.scripts.length).toBeGreaterThan(0);
    expect(weight.firstLoadJsGzipBytes, `first-load JS of ${path}, gzipped`).toBeLessThanOrEqual(FIRST_LOAD_JS_GZIP_BUDGET);
  });
}

test("the home page HTML holds the list, not the map's data or code", async ({ request }) => {
  const html = await (await request.get("/")).text();
  // One page of the list is there, for visitors without JavaScript.
  expect(html).toContain('class="result-list"');
  // Boundaries and places come from the API after first paint.
  expect(html).not.toContain("MultiPolygon");
  expect(html).not.toMatch(/\\?"coordinates\\?"/);
  // Leaflet's stylesheet comes with the map's code, after the page: not with the page itself.
  const stylesheets = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]);
  expect(stylesheets.length).toBeGreaterThan(0);
  for (const href of stylesheets) expect(await (await request.get(href)).text(), href).not.toContain(".leaflet-pane");
});
