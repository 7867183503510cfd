// Listing writes run in a transaction at SERIALIZABLE isolation with a version check, so two
// people saving the same part at once never silently overwrite each other: one wins, the
// other gets a conflict. A serialization failure is retried a few times before giving up.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

const RETRYABLE = new Set(["P2034"]);

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : "";
  return (code !== undefined && RETRYABLE.has(code)) || /could not serialize|deadlock detected|40001|40P01/.test(message);
}

export async function listingTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable", timeout: 15_000, maxWait: 10_000 });
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}
