import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Query modules start with `import "server-only"`, which throws outside React Server
  // Components; in tests they run on the server side by definition.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Tests of what only a server can show (concurrent connections) run in the server pass.
          exclude: process.env.TEST_DATABASE_URL ? [] : ["tests/integration/server-only/**"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // Server actions need a request runtime: see the file for what it replaces.
          setupFiles: ["tests/integration/support/next-runtime.ts"],
          // next-intl and next-auth import "next/…" without the file extension Node's ESM
          // loader needs; letting vite process them resolves those imports.
          server: { deps: { inline: ["next-intl", "next-auth", "use-intl"] } },
          // Each file gets its own database; starting one takes a moment.
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Two cores here: more workers only queue up behind each other.
          maxWorkers: 2,
          // Unit tests first: they are fast and fail early.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
