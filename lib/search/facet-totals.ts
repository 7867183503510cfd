import "server-only";
// The facets of the unfiltered search, stored once per data version (issue 10). A search
// without q or filters matches every published item; counting its wijken, kinds, phases,
// languages, access modes and categories means reading the whole table, on the home page's
// most common request. Those counts change only when published data does, which raises the
// data version (docs/decisions/0009-answer-cache.md), so they are counted once per version and
// read from SearchFacetTotals by every unfiltered search after (search-sql.ts); only "open now"
// is counted live. ADR 0010 has the figures.
import { Prisma } from "../generated/prisma/client";
import type { Db } from "../db";
import { facetsSql, matchedSql, NO_FILTERS } from "./search-sql";

type Client = Pick<Db, "$queryRaw" | "$executeRaw" | "$transaction">;

/** Held while one instance counts, so others wait for its totals instead of counting too. */
const LOCK_KEY = 0x50c1a1; // arbitrary; distinct from openings.ts's key

/** Whether the stored totals are those of the current data version. */
export async function facetTotalsCurrent(client: Pick<Db, "$queryRaw">): Promise<boolean> {
  const [{ current }] = await client.$queryRaw<{ current: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "SearchFacetTotals" t JOIN "DataVersion" d ON d.id = 1 AND d.version = t.version WHERE t.id = 1) AS current`;
  return current;
}

/**
 * Counts and stores the totals when they are not current. One statement reads the version and
 * counts the items in the same snapshot, so the stored version always belongs to the stored
 * counts, however many publishes run meanwhile. One instance counts at a time (an advisory
 * lock); the others wait for it, each with one connection, and then find the totals current,
 * instead of each counting the whole table again. Returns whether it stored new totals.
 */
export async function refreshFacetTotals(client: Client, now: Date = new Date()): Promise<boolean> {
  if (await facetTotalsCurrent(client)) return false;
  // Searches of one instance that find them old at the same time share its one refresh: only
  // that one holds a connection (waiting for the lock, or counting), not every search.
  let running = refreshing.get(client);
  if (!running) {
    running = countAndStore(client, now).finally(() => refreshing.delete(client));
    refreshing.set(client, running);
  }
  return running;
}

/** The refresh each database client (each instance's pool) is running. */
const refreshing = new WeakMap<Client, Promise<boolean>>();

function countAndStore(client: Client, now: Date): Promise<boolean> {
  return client.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
      if (await facetTotalsCurrent(tx)) return false;
      // "open" is stored too (the shape of SqlFacets) but never read: searches count it live.
      const stored = await tx.$executeRaw(Prisma.sql`
WITH ${matchedSql(NO_FILTERS, now.toISOString())}
INSERT INTO "SearchFacetTotals" (id, version, facets, "computedAt")
SELECT 1, d.version, (${facetsSql()})::jsonb, now() FROM "DataVersion" d WHERE d.id = 1
ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, facets = EXCLUDED.facets, "computedAt" = EXCLUDED."computedAt"`);
      return stored > 0;
    },
    // Counting 100,000 items takes seconds on a busy server; Prisma's default is 5 s. A pool
    // with no free connection for 10 s fails the refresh, not the search (queries.ts).
    { timeout: 120_000, maxWait: 10_000 },
  );
}
