// The Next.js production server under test and the pieces both benchmarks share: the build
// check, waiting until earlier load has been worked off, and printing a figure with the load
// average it was measured under.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { UserError } from "../../lib/errors";
import { load1 } from "./bench-load";
import { startProcess, waitForHttp, type Started } from "./bench-processes";

export const distDir = (root: string): string => path.join(root, process.env.NEXT_DIST_DIR || ".next");

/** Builds when there is no build; `requiredRoute` (e.g. "api/v1/services") must be in it. */
export function ensureBuild(root: string, requiredRoute: string, log: (line: string) => void): void {
  if (!existsSync(path.join(distDir(root), "BUILD_ID"))) {
    log("Geen build gevonden: npx next build …");
    const built = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new UserError("npx next build is mislukt.");
  }
  // An older build without the route would only measure 404s.
  if (!existsSync(path.join(distDir(root), "server", "app", ...requiredRoute.split("/")))) {
    throw new UserError(`De build in ${distDir(root)} bevat ${requiredRoute} niet. Bouw eerst opnieuw: npx next build`);
  }
}

/**
 * `node next start` on 127.0.0.1:`port` in a process group of its own. With `embeddedDir`, started
 * the way `npm start` starts it without DATABASE_URL: scripts/run-with-db.ts runs the embedded
 * database in that folder (migrated, seeded with Utrecht when empty) and next start beside it.
 */
export async function startNext(
  root: string,
  port: number,
  env: Record<string, string>,
  readyPath: string,
  embeddedDir?: string,
): Promise<{ server: Started; url: string }> {
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const nextArgs = [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)];
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, NODE_ENV: "production" };
  if (embeddedDir) {
    delete childEnv.DATABASE_URL;
    childEnv.EMBEDDED_DB_DIR = embeddedDir;
  }
  const server = embeddedDir
    ? startProcess("npm start (run-with-db + next start)", process.execPath, ["--import", "tsx", path.join(root, "scripts", "run-with-db.ts"), "--", process.execPath, ...nextArgs], childEnv)
    : startProcess("next start", process.execPath, nextArgs, childEnv);
  const url = `http://127.0.0.1:${port}`;
  // A first start on an empty embedded database migrates and seeds first.
  await waitForHttp(`${url}${readyPath}`, server, embeddedDir ? 300_000 : 90_000);
  return { server, url };
}

/**
 * autocannon closes its connections when time is up, but the server and the database still work
 * through what they had accepted; the next run must not start behind that backlog. Waits until
 * the database has no active statement of the app's and `probe` answers within half a second.
 */
export async function drain(probe: () => Promise<unknown>, databaseUrl: string | undefined): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (databaseUrl && (await activeStatements(databaseUrl)) > 0) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    const started = performance.now();
    await probe();
    if (performance.now() - started < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function activeStatements(url: string): Promise<number> {
  const database = decodeURIComponent(new URL(url).pathname.slice(1));
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const result = await client.query<{ n: string }>(
      "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND state = 'active' AND pid <> pg_backend_pid()",
      [database],
    );
    return Number(result.rows[0].n);
  } catch {
    // The embedded database has no other backends to see; the probe alone decides.
    return 0;
  } finally {
    await client.end().catch(() => {});
  }
}

/** " [load 3.42]": the one-minute load average, printed beside every figure. */
export const withLoad = (load: number = load1()): string => `[load ${load.toFixed(2)}]`;

/** The synthetic database is made as "<name>_synthetic" from a connection to DATABASE_URL, which must exist. */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name || name === "postgres") return;
  target.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
}
