// npm run db:backup / db:restore, run as the scripts they are: a change made to an embedded
// database is in the backup, and restoring it into a fresh folder brings it back.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/embedded-db";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "sociale-kaart-backup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Outcome = { code: number; output: string };

/** Runs `npm run <script> -- <args>` the way npm does (tsx), with only the given settings. */
async function script(name: "db-backup" | "db-restore", args: string[], settings: Record<string, string>, pathVariable = process.env.PATH ?? ""): Promise<Outcome> {
  // Never the test run's own database: only what the test passes.
  const rest: NodeJS.ProcessEnv = { ...process.env };
  delete rest.DATABASE_URL;
  try {
    const { stdout, stderr } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", `scripts/${name}.ts`, ...args], {
      env: { ...rest, ...settings, PATH: pathVariable },
      timeout: 60_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

async function rowsIn(dataDir: string): Promise<string[]> {
  const database = await startEmbeddedDatabase({ dataDir });
  try {
    const { rows } = await database.db.query<{ note: string }>("SELECT note FROM backup_check ORDER BY note");
    return rows.map((row) => row.note);
  } finally {
    await database.stop();
  }
}

async function change(dataDir: string, statement: string): Promise<void> {
  const database = await startEmbeddedDatabase({ dataDir });
  try {
    await database.db.exec(statement);
  } finally {
    await database.stop();
  }
}

describe("db:backup and db:restore with the embedded database", () => {
  const original = path.join(dir, "original");
  const backup = path.join(dir, "backup.tar.gz");

  it("backs up a change and restores it into a fresh folder", async () => {
    await change(original, "CREATE TABLE backup_check (note text); INSERT INTO backup_check VALUES ('saved before the backup')");
    const made = await script("db-backup", [backup], { EMBEDDED_DB_DIR: original });
    expect(made.output).toContain("geschreven");
    expect(made.code).toBe(0);

    const fresh = path.join(dir, "fresh");
    const restored = await script("db-restore", [backup], { EMBEDDED_DB_DIR: fresh });
    expect(restored.code).toBe(0);
    expect(await rowsIn(fresh)).toEqual(["saved before the backup"]);
  }, 120_000);

  it("restoring over a database replaces it and keeps the old folder aside", async () => {
    await change(original, "INSERT INTO backup_check VALUES ('after the backup')");
    const restored = await script("db-restore", [backup], { EMBEDDED_DB_DIR: original });
    expect(restored.code).toBe(0);
    expect(await rowsIn(original)).toEqual(["saved before the backup"]);
    const aside = readdirSync(dir).find((name) => name.startsWith("original.before-restore-"));
    expect(aside).toBeDefined();
    expect(await rowsIn(path.join(dir, aside ?? ""))).toEqual(["after the backup", "saved before the backup"]);
  }, 120_000);

  it("refuses while the app has the database open, and says to stop it", async () => {
    const running = await startEmbeddedDatabase({ dataDir: original });
    try {
      const target = path.join(dir, "while-running.tar.gz");
      const made = await script("db-backup", [target], { EMBEDDED_DB_DIR: original });
      expect(made.code).toBe(1);
      expect(made.output).toMatch(/in gebruik door proces \d+.*Stop de app eerst/s);
      expect(existsSync(target)).toBe(false);
      const restored = await script("db-restore", [backup], { EMBEDDED_DB_DIR: original });
      expect(restored.code).toBe(1);
      expect(restored.output).toMatch(/Stop de app eerst/);
    } finally {
      await running.stop();
    }
  }, 120_000);
});

describe("db:backup with a PostgreSQL server and no pg_dump installed", () => {
  it("prints the exact pg_dump command", async () => {
    const made = await script("db-backup", [path.join(dir, "server.dump")], { DATABASE_URL: "postgresql://app:secret@db.example:5432/kaart" }, path.join(dir, "empty-path"));
    expect(made.code).toBe(1);
    expect(made.output).toContain(`pg_dump --format=custom --no-owner --no-acl --file=${path.join(dir, "server.dump")} "$DATABASE_URL"`);
    expect(made.output).not.toContain("secret");
  }, 60_000);
});
