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

/** Held while one instance counts, so others do not count the same thing at once. */
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
 * counts, however many publishes run meanwhile. When another instance is counting, this one
 * does not wait: its search counts for itself (search-sql.ts falls back), as before totals.
 * Returns whether it stored new totals.
 */
export async function refreshFacetTotals(client: Client, now: Date = new Date()): Promise<boolean> {
  if (await facetTotalsCurrent(client)) return false;
  return client.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`;
    if (!locked) return false;
    // "open" is stored too (the shape of SqlFacets) but never read: searches count it live.
    const stored = await tx.$executeRaw(Prisma.sql`
WITH ${matchedSql(NO_FILTERS, now.toISOString())}
INSERT INTO "SearchFacetTotals" (id, version, facets, "computedAt")
SELECT 1, d.version, (${facetsSql()})::jsonb, now() FROM "DataVersion" d WHERE d.id = 1
ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, facets = EXCLUDED.facets, "computedAt" = EXCLUDED."computedAt"
  WHERE "SearchFacetTotals".version IS DISTINCT FROM EXCLUDED.version`);
    return stored > 0;
  });
}
