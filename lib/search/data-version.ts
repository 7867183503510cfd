import "server-only";
// The version of the published data: raised by the database at every commit that changes a
// table public answers are built from (migration 20261207044500_data_version_triggers). Read
// on every cached request, from the same database the answers are read from (readDb's URL): on a
// replica, a version that is visible implies the data of that version is visible too, so an
// answer computed after reading version v is at least as new as v.
import { getVersionPool, type Db } from "../db";

export type DataVersionReader = () => Promise<bigint>;

/** The current data version; through `client` when given (tests), else the version pool. */
export async function queryDataVersion(client?: Db): Promise<bigint> {
  // The row is inserted by the migration; without it nothing can be cached safely, so a
  // version no answer was ever stored under.
  if (client) {
    const rows = await client.$queryRaw<{ version: bigint }[]>`SELECT version FROM "DataVersion" WHERE id = 1`;
    return rows[0]?.version ?? -1n;
  }
  const { rows } = await getVersionPool().query<{ version: string }>(`SELECT version::text AS version FROM "DataVersion" WHERE id = 1`);
  return rows[0] ? BigInt(rows[0].version) : -1n;
}

/**
 * A reader that lets requests arriving in the same turn of the event loop share one query.
 * The query is sent after all of them arrived, so none gets a version older than its arrival:
 * a request never joins a query that was already on its way.
 */
export function coalescedVersionReader(read: () => Promise<bigint> = () => queryDataVersion()): DataVersionReader {
  let next: Promise<bigint> | null = null;
  return () => {
    next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      next = null;
      return read();
    });
    return next;
  };
}
