// Listing writes run in one transaction, guarded by the version of the part they change: the
// first statement of a write is the UPDATE … WHERE version = <the version the form was
// opened with>, which takes the row lock. A second writer of the same part waits for that
// lock, then finds the version moved on and gets a conflict — no lost update, at READ
// COMMITTED.
//
// Not SERIALIZABLE on purpose: its failures surface at COMMIT, and @prisma/adapter-pg 6.19.3
// does not return a connection to the pool when COMMIT fails (seen on PostgreSQL 15), so
// every such failure would cost a connection until the app hangs. Deadlocks fail at a
// statement and are retried.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

function isRetryable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : "";
  return /deadlock detected|40P01/.test(message);
}

export async function listingTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { isolationLevel: "ReadCommitted", timeout: 15_000, maxWait: 10_000 });
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}
