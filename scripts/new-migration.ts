// Writes a new migration from a change to prisma/schema.prisma:
//   npm run migrate:new -- --name <change>
// `prisma migrate dev` cannot do it here: with the WASM schema engine it stops at its
// data-loss check ("shadow DB must be provided through an external factory"). `migrate diff`
// from the migrations folder to the schema works, on a throw-away in-memory database.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/embedded-db";
import { UserError } from "../lib/errors";
import { runMain } from "./lib/run-main";

// Asynchronous on purpose: the embedded database answers from this very process.
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

runMain(async () => {
  const flag = process.argv.indexOf("--name");
  const name = flag === -1 ? undefined : process.argv[flag + 1];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new UserError("Gebruik: npm run migrate:new -- --name korte_naam (kleine letters, cijfers, _)");
  const database = await startEmbeddedDatabase();
  try {
    const result = await run(
      "npx",
      ["prisma", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { ...process.env, DATABASE_URL: database.url, EMBEDDED_DATABASE: "1" },
    );
    if (result.status !== 0) throw new UserError(`prisma migrate diff faalde:\n${result.stderr}`);
    const sql = result.stdout.trim();
    if (!sql || sql === "-- This is an empty migration.") {
      console.log("Het schema is gelijk aan de migraties: er is niets te doen.");
      return;
    }
    const dir = path.join("prisma", "migrations", `${timestamp()}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), `${sql}\n`);
    console.log(`Nieuwe migratie: ${dir}/migration.sql — lees hem na; hij wordt toegepast bij de volgende start.`);
  } finally {
    await database.stop();
  }
});
