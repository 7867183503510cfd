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
