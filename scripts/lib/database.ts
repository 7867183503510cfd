// Gets a database ready for a command: the configured server or the embedded one, migrated,
// and seeded with the Utrecht data when it is empty.
import { isIPv4 } from "node:net";
import pg from "pg";
import { UserError } from "../../lib/errors";
import { env, type Env } from "../../lib/env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/embedded-db";
import { createPrismaClient } from "../../lib/db";
import { lockDatabase, migrateDeploy } from "./migrate";
import { seedUtrecht, isSeeded } from "../../prisma/seed";
import { importBoundariesFromDir } from "./boundaries";

export type SeedMode = "if-empty" | "never";

export type ReadyDatabase = {
  url: string;
  embedded: EmbeddedDatabase | undefined;
  stop(): Promise<void>;
};

export class DatabaseUnreachableError extends UserError {}

/** Whether a URL points at this machine only: localhost, 127.0.0.0/8 or ::1. */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  if (host === "[::1]") return true;
  return isIPv4(host) && host.startsWith("127.");
}

/**
 * The development accounts have a password printed in the README: by default they exist only
 * on the embedded database of a local demo, i.e. when NEXTAUTH_URL is unset or on this machine.
 * The embedded database is also a production mode (docs/deploying.md §1, NEXTAUTH_URL=https://…),
 * and there, as on a DATABASE_URL server, only SEED_DEV_ACCOUNTS=1 makes them; `0` never does.
 * The first real admin comes from `npm run admin:create`.
 */
export function wantsDevAccounts(config: Pick<Env, "SEED_DEV_ACCOUNTS" | "NEXTAUTH_URL">, embedded: boolean): boolean {
  return config.SEED_DEV_ACCOUNTS ?? (embedded && (config.NEXTAUTH_URL === undefined || isLoopbackUrl(config.NEXTAUTH_URL)));
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

export async function checkReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseUnreachableError(
      `De database op ${describe(url)} is niet bereikbaar (${reason}). Draait de server, en klopt DATABASE_URL? ` +
        "Laat DATABASE_URL leeg om de ingebouwde database te gebruiken.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function prepareDatabase(options: { migrate?: boolean; seed?: SeedMode; log?: (line: string) => void } = {}): Promise<ReadyDatabase> {
  const config = env();
  const { migrate = true, seed = config.SEED_ON_EMPTY ? "if-empty" : "never", log = console.log } = options;
  let embedded: EmbeddedDatabase | undefined;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase({ dataDir: config.EMBEDDED_DB_DIR, port: config.EMBEDDED_DB_PORT });
    url = embedded.url;
    log(`Ingebouwde database gestart (${config.EMBEDDED_DB_DIR}, ${describe(url)}).`);
  }
  const stop = async () => {
    await embedded?.stop();
  };
  let unlock = async () => {};
  try {
    await checkReachable(url);
    // Instances starting together on one server migrate and seed one after the other.
    if (!embedded) unlock = await lockDatabase(url, log);
    if (migrate) await migrateDeploy(url, log);
    if (seed !== "never") {
      const db = createPrismaClient(url);
      try {
        if (!(await isSeeded(db))) {
          log("De database wordt gevuld met de Utrechtse gegevens…");
          const devAccounts = wantsDevAccounts(config, Boolean(embedded));
          const counts = await seedUtrecht(db, new Date(), { devAccounts });
          log(`Klaar: ${counts.organisations} organisaties, ${counts.services} diensten, ${counts.buurten} buurten.`);
          if (!devAccounts) log("Zonder ontwikkelaccounts. Maak de eerste beheerder met: npm run admin:create -- <e-mailadres>");
          await importBoundariesFromDir(db, config.BOUNDARIES_DIR, log);
        }
      } finally {
        await db.$disconnect();
      }
    }
    await unlock();
  } catch (error) {
    await unlock();
    await stop();
    throw error;
  }
  return { url, embedded, stop };
}
