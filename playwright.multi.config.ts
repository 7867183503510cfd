import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// Two instances on one PostgreSQL server (tests/e2e/multi-instance.spec.ts). The spec starts
// its own two servers from the existing production build in NEXT_DIST_DIR (`npm run build`,
// or the main config's run, makes it), so this config has no web server of its own.
export default defineConfig({
  ...base,
  testMatch: "multi-instance.spec.ts",
  testIgnore: [],
  webServer: undefined,
});
