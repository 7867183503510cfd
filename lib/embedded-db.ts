// The embedded PostgreSQL: PGlite (PostgreSQL 17 compiled to WASM) served over the Postgres
// wire protocol on a loopback port, so the app, Prisma's CLI and psql talk to it like to any
// server. Used by scripts/run-with-db.ts and the tests; the app itself only sees DATABASE_URL.
import { mkdirSync, readFileSync, rmSync, writeFileSync, accessSync, constants } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { keepProtocolSequencesTogether } from "./embedded-db-sequences";
import { UserError } from "./errors";

export type EmbeddedDatabase = {
  url: string;
  db: PGlite;
  stop(): Promise<void>;
};

export class EmbeddedDatabaseError extends UserError {}

type Options = {
  /** Data folder; undefined or ":memory:" keeps everything in memory (gone when it stops). */
  dataDir?: string;
  /** A data folder dump (PGlite dumpDataDir) to start from, for fast test databases. */
  loadDataDir?: Blob;
  port?: number;
};

// pglite-socket accepts one connection by default; the app's pool, the CLI and psql need more.
// Statements from different connections are queued, so transactions are serialized.
const MAX_CONNECTIONS = 20;

/** The file beside a data folder that names the process holding it open. */
export function lockFile(dataDir: string): string {
  return path.join(dataDir, "..", `${path.basename(dataDir)}.lock`);
}

export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// PGlite is a single process database: two processes on one folder would corrupt it.
function takeLock(dataDir: string): () => void {
  const file = lockFile(dataDir);
  try {
    const pid = Number(readFileSync(file, "utf8"));
    if (pid && pid !== process.pid && processIsAlive(pid)) {
      throw new EmbeddedDatabaseError(
        `De ingebouwde database in ${dataDir} is al in gebruik door proces ${pid}. Stop dat eerst (of zet EMBEDDED_DB_DIR op een andere map).`,
      );
    }
  } catch (error) {
    if (error instanceof EmbeddedDatabaseError) throw error;
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function prepareFolder(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.R_OK | constants.W_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedDatabaseError(`De map voor de ingebouwde database (${dataDir}) is niet te gebruiken: ${reason}`);
  }
}

export async function startEmbeddedDatabase(options: Options = {}): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir && options.dataDir !== ":memory:" ? path.resolve(options.dataDir) : undefined;
  let releaseLock = () => {};
  if (dataDir) {
    prepareFolder(dataDir);
    releaseLock = takeLock(dataDir);
  }

  let db: PGlite;
  try {
    db = await PGlite.create({
      dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm, unaccent },
    });
  } catch (error) {
    releaseLock();
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedDatabaseError(
      `De ingebouwde database kon niet starten${dataDir ? ` uit ${dataDir}` : ""}: ${reason}. ` +
        "Is de map beschadigd? Verwijder hem om opnieuw te beginnen (de voorbeelddata komen vanzelf terug).",
    );
  }

  keepProtocolSequencesTogether(db);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: MAX_CONNECTIONS });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    releaseLock();
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmbeddedDatabaseError(`De ingebouwde database kon poort ${options.port} niet openen: ${reason}`);
  }
  const [, port] = server.getServerConn().split(":");

  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    db,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      releaseLock();
    },
  };
}
