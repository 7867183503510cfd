// Applies the committed migrations with Prisma's CLI (WASM schema engine, see prisma.config.ts).
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { UserError } from "../../lib/errors";

const prismaBin = path.resolve("node_modules", ".bin", "prisma");
const migrationsDir = path.resolve("prisma", "migrations");

export class MigrationError extends UserError {}

function committedMigrations(): string[] {
  return readdirSync(migrationsDir).filter((name) => statSync(path.join(migrationsDir, name)).isDirectory());
}

// The CLI's WASM engine keeps the process alive for 10 s after it is done, even when nothing
// is pending; checking Prisma's own bookkeeping first keeps every later start fast.
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return committedMigrations().filter((name) => !applied.has(name));
  } catch {
    return committedMigrations();
  } finally {
    await client.end();
  }
}

function runCli(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin, ["migrate", "deploy"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => reject(new MigrationError(`Prisma kon niet starten: ${error.message}`)));
    child.on("exit", (code) => {
      if (code === 0) resolve();
      else reject(new MigrationError(`De database-migraties zijn mislukt:\n${output.trim()}`));
    });
  });
}

export async function migrateDeploy(databaseUrl: string, log: (line: string) => void = () => {}): Promise<void> {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) return;
  log(`Database bijwerken (${pending.length} migratie${pending.length === 1 ? "" : "s"})…`);
  await runCli(databaseUrl);
}

// Several instances may start at once on one server (a rolling deploy, or a process manager
// starting two): they must not migrate or seed side by side. A session-level advisory lock on
// a connection of its own is held from before the migrations until after the seed; the others
// wait, then find nothing left to do. The key is ours alone (Prisma's migrate lock uses another).
const PREPARE_LOCK_KEY = 726_120_701;

/** Waits for the lock and returns the function that releases it (safe to call twice). */
export async function lockDatabase(databaseUrl: string, log: (line: string) => void = () => {}): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [PREPARE_LOCK_KEY]);
  if (!rows[0]?.locked) {
    log("Een andere instantie werkt de database bij; even wachten…");
    await client.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK_KEY]);
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    // Ending the session releases the lock too; unlocking first frees it at once.
    await client.query("SELECT pg_advisory_unlock($1)", [PREPARE_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  };
}
