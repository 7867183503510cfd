import { defineConfig, devices } from "@playwright/test";
import { appPort, baseURL, pdokStubPort, pdokStubURL, TILE_URL } from "./tests/e2e/support/servers";

// Runs against the production build (`next build` + `next start`) on a throw-away in-memory
// embedded database that is migrated and seeded on start, in Debian's Chromium: Playwright
// never downloads a browser here. Address search goes to a local PDOK stub.
export { baseURL };

export default defineConfig({
  testDir: "tests/e2e",
  // Needs a PostgreSQL server, which `npm test` does not: run by `npm run test:multi` (and CI).
  testIgnore: "multi-instance.spec.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      command: `npx tsx tests/support/pdok-stub/server.ts --port ${pdokStubPort}`,
      url: pdokStubURL,
      timeout: 30_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      // Started as deployments start it: with an explicit hostname (see lib/i18n/dutch-rewrites.ts).
      command: `npx tsx scripts/run-with-db.ts --build -- next start --hostname 127.0.0.1 --port ${appPort}`,
      url: baseURL,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      stderr: "pipe",
      env: {
        EMBEDDED_DB_DIR: ":memory:",
        DATABASE_URL: "",
        NODE_ENV: "production",
        // The map must still show markers and boundaries without tiles.
        TILE_URL,
        PDOK_LOCATIESERVER_URL: pdokStubURL,
        // Sign-in links and mails point here; mails land in the development mailbox.
        NEXTAUTH_URL: baseURL,
        DEV_MAILBOX: "1",
      },
    },
  ],
});
