import "server-only";
// Fixed-window request counting in PostgreSQL, shared by every web instance: one statement per
// request (an upsert that returns the new count). Past windows are deleted at most once a
// minute per process, not on every request.
import { Prisma } from "../generated/prisma/client";
import { db as defaultDb, type Db } from "../db";
import { keyedHash } from "../auth/secret";
import { LONGEST_WINDOW_SECONDS, type RateLimit } from "./limits";

type Executor = Pick<Db, "$queryRaw" | "$executeRaw">;

export type RateLimitOutcome = {
  allowed: boolean;
  /** Requests counted in the current window, this one included. */
  count: number;
  limit: number;
  /** Whole seconds until the current window ends (at least 1). */
  retryAfterSeconds: number;
};

type Options = { db?: Executor; now?: Date };

export function windowStartOf(limit: RateLimit, now: Date): Date {
  const windowMs = limit.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

let nextCleanupAt = 0;

/** Deletes the counters of windows that are over. Cheap: an index on windowStart. */
export async function deleteExpiredWindows(db: Executor = defaultDb, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - LONGEST_WINDOW_SECONDS * 1000);
  return db.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${cutoff}`;
}

/** Counts one request of `clientAddress` against `limit` and says whether it may go ahead. */
export async function hitRateLimit(limit: RateLimit, clientAddress: string, options: Options = {}): Promise<RateLimitOutcome> {
  const db = options.db ?? defaultDb;
  const now = options.now ?? new Date();
  const windowStart = windowStartOf(limit, now);
  // Never the address itself: a keyed hash, useless without the app's secret.
  const keyHash = keyedHash(clientAddress);
  const rows = await db.$queryRaw<{ count: number }[]>(Prisma.sql`
    INSERT INTO "RateLimitWindow" ("bucket", "keyHash", "windowStart", "count")
    VALUES (${limit.bucket}, ${keyHash}, ${windowStart}, 1)
    ON CONFLICT ("bucket", "keyHash", "windowStart") DO UPDATE SET "count" = "RateLimitWindow"."count" + 1
    RETURNING "count"`);
  const count = Number(rows[0]?.count ?? 1);

  if (now.getTime() >= nextCleanupAt) {
    nextCleanupAt = now.getTime() + 60_000;
    await deleteExpiredWindows(db, now);
  }

  const windowEnd = windowStart.getTime() + limit.windowSeconds * 1000;
  return {
    allowed: count <= limit.limit,
    count,
    limit: limit.limit,
    retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000)),
  };
}
