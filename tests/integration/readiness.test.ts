// /api/ready's check on a real database: ready when every shipped migration is applied, not
// ready when one is missing or failed, when the database is down, or while shutting down.
import { mkdtempSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { checkReadiness, MIGRATIONS_DIR } from "@/lib/ops/readiness";
import { markShuttingDown } from "@/lib/ops/shutdown-state";
import { GET } from "@/app/api/ready/route";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const dirs: string[] = [];

/** A migrations folder with the shipped migrations plus (or minus) some. */
function migrationsFolder({ extra = [], without = [] }: { extra?: string[]; without?: string[] }): string {
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  dirs.push(dir);
  const shipped = readdirSync(MIGRATIONS_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  for (const name of [...shipped.filter((n) => !without.includes(n)), ...extra]) mkdirSync(path.join(dir, name));
  return dir;
}

afterEach(() => markShuttingDown(false));
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("readiness", () => {
  it("is ready when the database has every shipped migration", async () => {
    expect(await checkReadiness(t.db)).toEqual({ ready: true });
  });

  it("answers 200 on /api/ready, uncached", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("is not ready when a shipped migration is not applied", async () => {
    const dir = migrationsFolder({ extra: ["20991231000000_not_yet_applied"] });
    expect(await checkReadiness(t.db, { migrationsDir: dir })).toEqual({ ready: false, reason: "1 migration(s) not applied" });
  });

  it("is not ready when a migration failed half-way", async () => {
    await t.db.$executeRaw`INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
      VALUES ('readiness-test', 'x', '20991231000001_failed', now(), 0)`;
    try {
      const dir = migrationsFolder({ extra: ["20991231000001_failed"] });
      expect(await checkReadiness(t.db, { migrationsDir: dir })).toEqual({ ready: false, reason: "1 migration(s) failed" });
    } finally {
      await t.db.$executeRaw`DELETE FROM _prisma_migrations WHERE id = 'readiness-test'`;
    }
  });

  it("stays ready when the database is ahead of this version (rolling deploy), and says so", async () => {
    const [newest] = readdirSync(MIGRATIONS_DIR).filter((n) => /^\d/.test(n)).sort().reverse();
    const dir = migrationsFolder({ without: [newest] });
    expect(await checkReadiness(t.db, { migrationsDir: dir })).toEqual({ ready: true, note: "database has 1 newer migration(s)" });
  });

  it("is not ready when the database is down, within its timeout", async () => {
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:1/nothing");
    try {
      const started = Date.now();
      expect(await checkReadiness(down)).toEqual({ ready: false, reason: "database unreachable" });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await down.$disconnect();
    }
  });

  it("is not ready without a migrations folder", async () => {
    expect(await checkReadiness(t.db, { migrationsDir: path.join(tmpdir(), "no-such-folder-h5") })).toMatchObject({ ready: false });
  });

  it("is not ready once shutting down, so the balancer stops sending traffic", async () => {
    markShuttingDown();
    const response = await GET();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not_ready", reason: "shutting down" });
  });
});
