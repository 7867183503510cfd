// Readiness for a load balancer: send visitors here only when the database answers and has
// every migration this version of the app was written for. A process that is up but not ready
// (database down, migrations pending, shutting down) answers 503 with a short reason, so the
// balancer routes around it and an operator sees why.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "../db";
import { isShuttingDown } from "./shutdown-state";

export type Readiness = { ready: true; note?: string } | { ready: false; reason: string };

/** The project's migrations, as `next start` sees them: run from the project folder. */
export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// A slow database counts as down: the balancer's check must get an answer within its timeout.
const TIMEOUT_MS = 3000;

const known = new Map<string, string[]>();

/** The migration folders this version ships (read once per folder: they change only with a deploy). */
export function shippedMigrations(dir: string = MIGRATIONS_DIR): string[] {
  let names = known.get(dir);
  if (!names) {
    // Read at run time from the project folder: nothing for the build to trace or bundle.
    names = readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    known.set(dir, names);
  }
  return names;
}

type MigrationRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(db: Db, options: { migrationsDir?: string; timeoutMs?: number } = {}): Promise<Readiness> {
  if (isShuttingDown()) return { ready: false, reason: "shutting down" };
  let shipped: string[];
  try {
    shipped = shippedMigrations(options.migrationsDir);
  } catch {
    return { ready: false, reason: "migrations folder not found (start the app from the project folder)" };
  }
  let rows: MigrationRow[];
  try {
    rows = await withTimeout(
      db.$queryRaw<MigrationRow[]>`SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`,
      options.timeoutMs ?? TIMEOUT_MS,
    );
  } catch {
    // No details: this answer is public. The database's own log says what is wrong.
    return { ready: false, reason: "database unreachable" };
  }
  const applied = new Set(rows.filter((row) => row.finished_at && !row.rolled_back_at).map((row) => row.migration_name));
  const failed = rows.filter((row) => !row.finished_at && !row.rolled_back_at).length;
  if (failed > 0) return { ready: false, reason: `${failed} migration(s) failed` };
  const pending = shipped.filter((name) => !applied.has(name)).length;
  if (pending > 0) return { ready: false, reason: `${pending} migration(s) not applied` };
  // A database ahead of the app (a newer instance migrated it during a rolling deploy) is still
  // served: migrations here only add, and taking every old instance out would be an outage.
  const shippedSet = new Set(shipped);
  const ahead = [...applied].filter((name) => !shippedSet.has(name)).length;
  return ahead > 0 ? { ready: true, note: `database has ${ahead} newer migration(s)` } : { ready: true };
}
