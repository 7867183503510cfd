import { defineConfig, devices } from "@playwright/test";

// Runs against the production build (`next build` + `next start`) on a throw-away in-memory
// embedded database that is migrated and seeded on start, in Debian's Chromium: Playwright
// never downloads a browser here.
const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
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
  webServer: {
    command: `npx tsx scripts/run-with-db.ts --build -- next start --hostname 127.0.0.1 --port ${port}`,
    url: baseURL,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      EMBEDDED_DB_DIR: ":memory:",
      DATABASE_URL: "",
      NODE_ENV: "production",
      // Tiles from a host that does not exist: tests never reach the internet, and the map
      // must still show markers and boundaries without them.
      TILE_URL: "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png",
    },
  },
});
