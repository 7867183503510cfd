// The rule that keeps every listing in someone's hands: an organisation that had an owner
// never ends up without one. Checked inside the same transaction as the change, after it.
//
// Two people demoting each other at once must not both succeed. Every membership change
// first writes the organisation's row (a no-op UPDATE: version and updatedAt stay as they
// are, so open edit forms do not get a conflict), which takes its row lock. The second
// transaction waits there until the first commits; at READ COMMITTED each later statement
// reads afresh, so its owner count sees the first change and the rule holds.
import { RuleError } from "../actions/errors";
import type { Tx } from "../listings/revisions";

export async function lockMemberships(tx: Tx, organizationId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Organization" SET "version" = "version" WHERE "id" = ${organizationId}`;
}

export async function assertOwnerRemains(tx: Tx, organizationId: string): Promise<void> {
  const owners = await tx.membership.count({ where: { organizationId, role: "OWNER" } });
  if (owners === 0) throw new RuleError("lastOwner");
}
