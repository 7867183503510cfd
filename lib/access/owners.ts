// The rule that keeps every listing in someone's hands: an organisation that had an owner
// never ends up without one. Checked inside the same SERIALIZABLE transaction as the change,
// after the change.
//
// Two people demoting each other at once must not both succeed. Every membership change
// first writes the organisation's row (a no-op UPDATE: version and updatedAt stay as they
// are, so open edit forms do not get a conflict). The second transaction then waits for the
// first and fails at that statement with a serialization error, is rolled back and retried by
// listingTransaction, and the retry sees the first change. Failing at a statement rather than
// at COMMIT matters: @prisma/adapter-pg 6.19 does not return a connection to the pool when
// COMMIT itself fails.
import { RuleError } from "../actions/errors";
import type { Tx } from "../listings/revisions";

export async function lockMemberships(tx: Tx, organizationId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Organization" SET "version" = "version" WHERE "id" = ${organizationId}`;
}

export async function assertOwnerRemains(tx: Tx, organizationId: string): Promise<void> {
  const owners = await tx.membership.count({ where: { organizationId, role: "OWNER" } });
  if (owners === 0) throw new RuleError("lastOwner");
}
