// Restores a backup made by `npm run db:backup`: `npm run db:restore -- <file>`.
//   Embedded database (no DATABASE_URL): the data folder is replaced by the backup; the old
//   folder is kept beside it (<folder>.before-restore-<time>). The app must be stopped.
//   A server (DATABASE_URL): pg_restore --clean into that database when pg_restore is
//   installed, otherwise the exact command to run is printed.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { env } from "../lib/env";
import { UserError } from "../lib/errors";
import { assertEmbeddedNotInUse, onPath, pgConnection, pgRestoreArgs, redacted, shellQuote, stamp } from "./lib/backup";
import { runMain } from "./lib/run-main";

function serverRestore(url: string, file: string): number {
  if (!onPath("pg_restore")) {
    throw new UserError(
      "pg_restore is niet gevonden (PostgreSQL-clientprogramma's; Debian: apt-get install postgresql-client). " +
        "Stop de app en zet de back-up dan zo terug:\n\n" +
        `  pg_restore --clean --if-exists --no-owner --no-acl --single-transaction --dbname="$DATABASE_URL" ${shellQuote(file)}\n`,
    );
  }
  console.log(`Back-up ${file} terugzetten in ${redacted(url)} met pg_restore (bestaande tabellen worden vervangen)…`);
  const connection = pgConnection(url);
  const result = spawnSync("pg_restore", pgRestoreArgs(connection.url, file), { stdio: "inherit", env: connection.env });
  if (result.status !== 0) throw new UserError("pg_restore is mislukt (zie de melding hierboven); de database is niet veranderd (één transactie).");
  console.log("Teruggezet. Start de app weer.");
  return 0;
}

async function embeddedRestore(dataDir: string, file: string): Promise<number> {
  if (dataDir === ":memory:") throw new UserError("EMBEDDED_DB_DIR is :memory:: zet een map om in terug te zetten.");
  const target = path.resolve(dataDir);
  assertEmbeddedNotInUse(target);
  let keptAside: string | undefined;
  if (existsSync(target) && readdirSync(target).length > 0) {
    keptAside = `${target}.before-restore-${stamp()}`;
    renameSync(target, keptAside);
  }
  try {
    // Opening the folder with the backup as its starting point writes the backup into it.
    const db = await PGlite.create({ dataDir: target, loadDataDir: new Blob([readFileSync(file)]), extensions: { pg_trgm, unaccent } });
    await db.query("select 1");
    await db.close();
  } catch (error) {
    if (keptAside) {
      rmSync(target, { recursive: true, force: true });
      renameSync(keptAside, target);
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`De back-up ${file} kon niet worden teruggezet (${reason}); de database is niet veranderd.`);
  }
  console.log(`Teruggezet in ${dataDir}.${keptAside ? ` De vorige database staat in ${keptAside} (verwijder die als alles klopt).` : ""} Start de app weer.`);
  return 0;
}

runMain(async () => {
  const file = process.argv[2];
  if (!file) throw new UserError("Gebruik: npm run db:restore -- <back-upbestand> (gemaakt met npm run db:backup). Stop de app eerst.");
  if (!existsSync(file)) throw new UserError(`Het bestand ${file} bestaat niet.`);
  const config = env();
  if (config.DATABASE_URL) return serverRestore(config.DATABASE_URL, file);
  return embeddedRestore(config.EMBEDDED_DB_DIR, file);
});
