// An empty database behind DATABASE_URL (how a real deployment starts) is seeded without the
// development accounts, whose password is in the README. The "server" here is an in-memory
// embedded database reached through its URL: to prepareDatabase it is any DATABASE_URL.
import { afterEach, describe, expect, it, vi } from "vitest";
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { createPrismaClient } from "../../lib/db";
import { resetEnv } from "../../lib/env";
import { prepareDatabase } from "../../scripts/lib/database";
import { devAccounts } from "../../prisma/seed/accounts";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnv();
});

describe("seeding an empty DATABASE_URL database", () => {
  it("creates no development account unless SEED_DEV_ACCOUNTS=1 asks for them, and says how to make an admin", async () => {
    const server = await startEmbeddedDatabase();
    const lines: string[] = [];
    try {
      vi.stubEnv("DATABASE_URL", server.url);
      vi.stubEnv("SEED_DEV_ACCOUNTS", "");
      vi.stubEnv("BOUNDARIES_DIR", "does-not-exist");
      resetEnv();
      const ready = await prepareDatabase({ log: (line) => lines.push(line) });
      expect(ready.embedded).toBeUndefined();
      const db = createPrismaClient(server.url);
      try {
        expect(await db.organization.count()).toBeGreaterThan(0);
        expect(await db.user.count({ where: { email: { in: devAccounts.map((a) => a.email) } } })).toBe(0);
        expect(await db.user.count({ where: { passwordHash: { not: null } } })).toBe(0);
      } finally {
        await db.$disconnect();
      }
      expect(lines.join("\n")).toContain("npm run admin:create");
    } finally {
      await server.stop();
    }
  }, 300_000);
});
