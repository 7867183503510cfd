// Headers as a browser gets them from the production build: scripts run by nonce only (no
// 'unsafe-inline'), and the map still works under that policy; the API and files get their own
// headers; HSTS only over https; every answer carries a request id.
import { expect, test, type Page } from "@playwright/test";

function scriptSrc(csp: string | undefined): string {
  return (csp ?? "").split("; ").find((part) => part.startsWith("script-src ")) ?? "";
}

test("pages: a fresh nonce on every script, nothing blocked, the map works", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/");
  const csp = response?.headers()["content-security-policy"];
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];
  expect(nonce).toBeTruthy();
  expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
  expect(scriptSrc(csp)).not.toContain("'unsafe-eval'");

  // Every script the server sent carries this response's nonce. Chunks the runtime adds later
  // (Leaflet, after first paint) are trusted through 'strict-dynamic' and carry none, so the
  // check reads the HTML as sent rather than document.scripts at some moment.
  const html = (await response?.text()) ?? "";
  const tags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
  // Leaflet only draws markers when the page's scripts ran.
  await expect(page.locator(".leaflet-marker-icon, .marker-cluster").first()).toBeVisible();
  expect(violations).toEqual([]);

  const again = await page.request.get("/");
  expect(/'nonce-([^']+)'/.exec(scriptSrc(again.headers()["content-security-policy"]))?.[1]).not.toBe(nonce);
});

/** What an HTML injection would bring: an inline event handler, a parser-inserted script. */
async function inject(page: Page): Promise<{ handler: boolean; written: boolean }> {
  return page.evaluate(async () => {
    const w = window as unknown as { __handler?: boolean; __written?: boolean };
    const box = document.createElement("div");
    box.innerHTML = '<img src="data:," onerror="window.__handler = true" alt="">';
    document.body.append(box);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const handler = w.__handler === true;
    document.write("<script>window.__written = true<\/script>");
    document.close();
    return { handler, written: w.__written === true };
  });
}

test("injected markup cannot run script: inline handlers and parser-inserted scripts are refused", async ({ page }) => {
  // Control: without our policy the same injection runs, so this test can tell.
  await page.setContent("<!doctype html><title>no policy</title><body></body>");
  expect(await inject(page)).toEqual({ handler: true, written: true });

  await page.goto("/en");
  expect(await inject(page)).toEqual({ handler: false, written: false });
});

test("the API: data headers, a request id, HSTS over https only", async ({ request }) => {
  const plain = await request.get("/api/v1/services?q=schulden");
  expect(plain.ok()).toBe(true);
  const headers = plain.headers();
  expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["cross-origin-resource-policy"]).toBe("cross-origin");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  expect(headers["strict-transport-security"]).toBeUndefined();

  const proxied = await request.get("/api/health", { headers: { "x-forwarded-proto": "https", "x-request-id": "lb-0123456789" } });
  expect(proxied.headers()["strict-transport-security"]).toBe("max-age=15552000");
  expect(proxied.headers()["x-request-id"]).toBe("lb-0123456789");
  expect(await proxied.json()).toEqual({ status: "ok" });

  const forged = await request.get("/api/health", { headers: { "x-request-id": "evil\tid<script>" } });
  expect(forged.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});

test("readiness: ready on a migrated database, never cached", async ({ request }) => {
  const ready = await request.get("/api/ready");
  expect(ready.status()).toBe(200);
  expect(ready.headers()["cache-control"]).toBe("no-store");
  expect(await ready.json()).toEqual({ status: "ready" });
});

test("PDFs and static files: nosniff and no third-party reads", async ({ request }) => {
  for (const path of ["/wijken/overvecht/wijkkaart.pdf", "/icon.svg"]) {
    const response = await request.get(path);
    expect(response.ok(), path).toBe(true);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["cross-origin-resource-policy"], path).toBe("same-origin");
  }
});

test("paths with a dot that reach a page get the page's headers and the action guard", async ({ request }) => {
  // next.config rewrites these to app/[locale] like any other path: the proxy must see them.
  for (const path of ["/organisaties/a.b", "/x.y", "/en/x.y"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
    expect(response.headers()["content-type"], path).toContain("text/html");
    expect(scriptSrc(response.headers()["content-security-policy"]), path).toMatch(/'nonce-[^']+'/);
    expect(response.headers()["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
  }
  const crossSite = await request.post("/organisaties/a.b", {
    headers: { "Next-Action": "0".repeat(42), Origin: "https://evil.example" },
    multipart: { "0": JSON.stringify([{ status: "idle" }, "$K1"]) },
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("niet vanaf deze website");
});

test("the PDFs pass the proxy for a request id, but get no page CSP", async ({ request }) => {
  for (const path of ["/organisaties/geldcafe-lunetten/folder.pdf", "/en/wijken/overvecht/wijkkaart.pdf"]) {
    const response = await request.get(path);
    expect(response.headers()["content-type"], path).toBe("application/pdf");
    expect(response.headers()["content-security-policy"], path).toBeUndefined();
    expect(response.headers()["x-request-id"], path).toMatch(/^[0-9a-f-]{36}$/);
  }
});
