// The committed migrations must build exactly the schema in prisma/schema.prisma: otherwise
// the next `npm run migrate:dev` would sneak unrelated changes into someone's migration.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it, inject } from "vitest";
import { withTestDatabase } from "./support/test-database";

const run = promisify(execFile);
const t = withTestDatabase();

describe("migrations", () => {
  it("are in step with the Prisma schema (an empty diff, through the shadow-database path)", async () => {
    const embedded = inject("testDatabase").kind === "embedded";
    const { stdout } = await run(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { env: { ...process.env, DATABASE_URL: t.url, EMBEDDED_DATABASE: embedded ? "1" : "0", CHECKPOINT_DISABLE: "1" }, timeout: 120_000 },
    );
    expect(stdout.trim()).toBe("-- This is an empty migration.");
  }, 150_000);
});
