// Runs a command with a ready database: `tsx scripts/run-with-db.ts [options] -- <command>`.
// Without DATABASE_URL it starts the embedded database for as long as the command runs.
//   --build       build the app first when the build is missing or older than the sources
//   --no-migrate  do not apply migrations
//   --no-seed     do not seed an empty database
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { prepareDatabase } from "./lib/database";
import { runMain } from "./lib/run-main";
import { UserError } from "../lib/errors";

const SOURCES = ["app", "components", "lib", "public", "messages", "next.config.ts", "package-lock.json", "tsconfig.json"];
const IGNORED = new Set(["node_modules", "generated", ".next", ".data"]);

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (!IGNORED.has(child)) newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestChange(source) <= builtAt);
}

function run(command: string, args: string[], extraEnv: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    // Next.js telemetry would phone home: nothing leaves this machine unasked.
    const env = { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...extraEnv };
    const child = spawn(command, args, { stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", (error) => reject(new UserError(`Kon "${command}" niet starten: ${error.message}`)));
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

// Sessions need a secret. Made once per checkout and kept in .data/ (not in git), so a fresh
// machine needs no configuration and sessions survive restarts.
function authEnvironment(args: string[]): Record<string, string> {
  const extra: Record<string, string> = {};
  if (!process.env.NEXTAUTH_SECRET) {
    const file = path.join(".data", "auth-secret");
    if (!existsSync(file)) {
      mkdirSync(".data", { recursive: true });
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    }
    extra.NEXTAUTH_SECRET = readFileSync(file, "utf8").trim();
  }
  if (!process.env.NEXTAUTH_URL) {
    const flag = args.findIndex((arg) => arg === "--port" || arg === "-p");
    const port = flag === -1 ? (process.env.PORT ?? "3000") : args[flag + 1];
    extra.NEXTAUTH_URL = `http://localhost:${port}`;
  }
  return extra;
}

runMain(async () => {
  const argv = process.argv.slice(2);
  const split = argv.indexOf("--");
  const options = split === -1 ? argv : argv.slice(0, split);
  const [command, ...args] = split === -1 ? [] : argv.slice(split + 1);
  if (!command) throw new UserError("Gebruik: tsx scripts/run-with-db.ts [--build] [--no-migrate] [--no-seed] -- <opdracht>");

  if (options.includes("--build") && !buildIsCurrent()) {
    console.log("De app wordt gebouwd (eenmalig, een paar minuten)…");
    const code = await run("next", ["build"]);
    if (code !== 0) return code;
  }

  const database = await prepareDatabase({
    migrate: !options.includes("--no-migrate"),
    seed: options.includes("--no-seed") ? "never" : undefined,
  });
  try {
    const embedded: Record<string, string> = database.embedded ? { EMBEDDED_DATABASE: "1" } : {};
    return await run(command, args, { DATABASE_URL: database.url, ...embedded, ...authEnvironment(args) });
  } finally {
    await database.stop();
  }
});
