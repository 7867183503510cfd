// The server runs as deployments start it: `next start --hostname 127.0.0.1` (playwright.config.ts)
// and behind a reverse proxy that forwards its own host and protocol. Every public and sign-in
// page answers 200 in Dutch (no prefix) and English, never a 307 to itself (issue 9).
import { expect, test } from "@playwright/test";

const PAGES = [
  "/",
  "/verwijzen",
  "/wijken",
  "/wijken/overvecht",
  "/organisaties/geldcafe-lunetten",
  "/organisaties/geldcafe-lunetten/folder",
  "/netwerk",
  "/netwerken",
  "/beheer/inloggen",
  "/beheer/aanmelden",
  "/beheer/wachtwoord-vergeten",
];

const PROXIES = {
  direct: {},
  "reverse proxy (https)": { "x-forwarded-host": "socialekaart.example.nl", "x-forwarded-proto": "https" },
};

for (const [how, headers] of Object.entries(PROXIES)) {
  test(`every Dutch and English page answers 200, ${how}`, async ({ request }) => {
    for (const path of PAGES) {
      for (const url of [path, path === "/" ? "/en" : `/en${path}`]) {
        const response = await request.get(url, { headers, maxRedirects: 0 });
        expect(response.status(), url).toBe(200);
        const lang = url.startsWith("/en") ? "en" : "nl";
        expect(await response.text(), url).toContain(`<html lang="${lang}"`);
      }
    }
  });
}

test("a Dutch address with the /nl prefix goes to the address without it", async ({ request }) => {
  const response = await request.get("/nl/verwijzen", { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(new URL(response.headers().location, "http://x").pathname).toBe("/verwijzen");
});

test("unknown Dutch and English addresses answer 404, and files and the API keep their path", async ({ request }) => {
  expect((await request.get("/bestaat-niet", { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get("/en/does-not-exist", { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get("/icon.svg", { maxRedirects: 0 })).status()).toBe(200);
  // The Dutch PDFs have no route of their own: next.config rewrites them to app/[locale] (nl).
  for (const pdf of ["/organisaties/geldcafe-lunetten/folder.pdf", "/wijken/overvecht/wijkkaart.pdf"]) {
    const response = await request.get(pdf, { maxRedirects: 0 });
    expect(response.status(), pdf).toBe(200);
    expect(response.headers()["content-type"], pdf).toContain("application/pdf");
  }
  expect((await request.get("/api/v1/services", { maxRedirects: 0 })).status()).toBe(200);
});
