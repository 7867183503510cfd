// Shared by db-backup.ts and db-restore.ts: where the database is, whether the embedded one is
// in use, and the pg_dump / pg_restore commands for a server.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { UserError } from "../../lib/errors";
import { lockFile, processIsAlive } from "../../lib/embedded-db";

/** PGlite is one process's database: copying or replacing its files while the app runs would corrupt them. */
export function assertEmbeddedNotInUse(dataDir: string): void {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, "utf8"));
  if (pid && pid !== process.pid && processIsAlive(pid)) {
    throw new UserError(
      `De ingebouwde database in ${dataDir} is in gebruik door proces ${pid} (draait de app nog?). ` +
        "Stop de app eerst (Ctrl+C bij `npm start`) en probeer het dan opnieuw.",
    );
  }
}

export function onPath(command: string): boolean {
  return spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
}

/** A timestamp safe in a file name, e.g. 20261207-0215. */
export function stamp(now = new Date()): string {
  return now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
}

// Custom format (-Fc): compressed, and pg_restore can pick and reorder from it. --no-owner and
// --no-acl so the dump restores into a database with other role names (a managed service).
export const pgDumpArgs = (url: string, file: string) => ["--format=custom", "--no-owner", "--no-acl", `--file=${file}`, url];
export const pgRestoreArgs = (url: string, file: string) => ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", `--dbname=${url}`, file];

/**
 * How to run pg_dump / pg_restore against a URL without its password on the command line,
 * where every user of the machine could read it in the process list: the URL without the
 * password as argument, the password in PGPASSWORD.
 */
export function pgConnection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

/** The URL with its password hidden, for printing. */
export function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

export function shellQuote(value: string): string {
  return /^[\w./:@=%+-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}
