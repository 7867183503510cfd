// What revisions keep of memberships and invitations: who, which role, and for invitations
// their state. Never anything about passwords or tokens. Coordinators' e-mail addresses are
// kept: they are the listing's contacts, not residents.
import type { Snapshot } from "../listings/diff";
import type { Tx } from "../listings/revisions";

export async function membershipSnapshot(tx: Tx, userId: string, organizationId: string): Promise<Snapshot | null> {
  const row = await tx.membership.findUnique({
    where: { userId_organizationId: { userId, organizationId } },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  return row ? { userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role } : null;
}

export async function invitationSnapshot(tx: Tx, id: string): Promise<Snapshot | null> {
  const row = await tx.invitation.findUnique({
    where: { id },
    select: { email: true, role: true, invitedById: true, expiresAt: true, acceptedAt: true, revokedAt: true },
  });
  return row ? (JSON.parse(JSON.stringify(row)) as Snapshot) : null;
}

// Membership revisions use the member's user id as entityId; organizationId names the listing.
