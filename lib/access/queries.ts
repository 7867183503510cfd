import "server-only";
// Reading members, invitations and one-time links for the access pages. The members page
// reads through editableOrganizations(user): editors see the list, owners may change it.
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";
import { hashToken } from "../auth/tokens";

export async function listMembers(user: SessionUser, organizationId: string) {
  return db.membership.findMany({
    where: { organizationId, organization: editableOrganizations(user) },
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
  });
}

export async function listOpenInvitations(user: SessionUser, organizationId: string, now = new Date()) {
  return db.invitation.findMany({
    where: { organizationId, organization: editableOrganizations(user), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number];
export type OpenInvitation = Awaited<ReturnType<typeof listOpenInvitations>>[number];

/** An invitation link as the page needs it; null when it cannot be used (any reason). */
export async function findUsableInvitation(token: string, now = new Date()) {
  const invitation = await db.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { email: true, role: true, organization: { select: { id: true, name: true } } },
  });
  if (!invitation) return null;
  const account = await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
  return { ...invitation, hasAccount: Boolean(account) };
}

export async function isUsableResetToken(token: string, now = new Date()): Promise<boolean> {
  const row = await db.passwordResetToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now }, user: { disabledAt: null } },
    select: { id: true },
  });
  return Boolean(row);
}
