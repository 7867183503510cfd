// Backs up the database: `npm run db:backup [-- <file>]`.
//   Embedded database (no DATABASE_URL): a copy of its data folder (PGlite dumpDataDir, a
//   .tar.gz). The app must be stopped: PGlite is a single-process database.
//   A server (DATABASE_URL): pg_dump in custom format when pg_dump is installed, otherwise
//   the exact command to run is printed.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { UserError } from "../lib/errors";
import { startEmbeddedDatabase } from "../lib/embedded-db";
import { assertEmbeddedNotInUse, onPath, pgConnection, pgDumpArgs, redacted, shellQuote, stamp } from "./lib/backup";
import { runMain } from "./lib/run-main";

function serverBackup(url: string, file: string): number {
  if (!onPath("pg_dump")) {
    throw new UserError(
      "pg_dump is niet gevonden (PostgreSQL-clientprogramma's; Debian: apt-get install postgresql-client, " +
        "dezelfde hoofdversie als de server of nieuwer). Maak de back-up dan zo:\n\n" +
        `  pg_dump --format=custom --no-owner --no-acl --file=${shellQuote(file)} "$DATABASE_URL"\n`,
    );
  }
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  console.log(`Back-up van ${redacted(url)} met pg_dump…`);
  const connection = pgConnection(url);
  const result = spawnSync("pg_dump", pgDumpArgs(connection.url, file), { stdio: "inherit", env: connection.env });
  if (result.status !== 0) throw new UserError("pg_dump is mislukt (zie de melding hierboven); er is geen back-up gemaakt.");
  console.log(`Back-up geschreven: ${file}\nTerugzetten: npm run db:restore -- ${shellQuote(file)}`);
  return 0;
}

async function embeddedBackup(dataDir: string, file: string): Promise<number> {
  if (dataDir === ":memory:") throw new UserError("EMBEDDED_DB_DIR is :memory:: die database staat nergens op schijf, er valt niets te bewaren.");
  assertEmbeddedNotInUse(dataDir);
  const database = await startEmbeddedDatabase({ dataDir });
  try {
    const dump = await database.db.dumpDataDir("gzip");
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await database.stop();
  }
  console.log(`Back-up van de ingebouwde database (${dataDir}) geschreven: ${file}\nTerugzetten (app gestopt): npm run db:restore -- ${shellQuote(file)}`);
  return 0;
}

runMain(async () => {
  const config = env();
  const given = process.argv[2];
  if (config.DATABASE_URL) return serverBackup(config.DATABASE_URL, given ?? path.join(".data", "backups", `sociale-kaart-${stamp()}.dump`));
  return embeddedBackup(config.EMBEDDED_DB_DIR, given ?? path.join(".data", "backups", `pglite-${stamp()}.tar.gz`));
});
