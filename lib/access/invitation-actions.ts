"use server";
// Invitations: an owner (or a moderator) invites someone by e-mail; the one-time link lets
// them join, creating their account if they have none. Only a hash of the token is stored.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { NotAllowedError, RuleError } from "../actions/errors";
import { ownedOrganizations } from "../auth/scopes";
import { hashPassword } from "../auth/password";
import { INVITATION_DAYS, expiresIn, hashToken, newToken } from "../auth/tokens";
import { listingTransaction } from "../listings/transaction";
import { recordRevision, type Tx } from "../listings/revisions";
import { invitationMail } from "../mail/templates";
import { sendMail } from "../mail/send";
import { localizedAppUrl } from "./links";
import { revalidateMembers } from "./revalidate";
import { invitationSnapshot, membershipSnapshot } from "./snapshots";
import { acceptInvitationSchema, acceptWithAccountSchema, inviteSchema, revokeInvitationSchema } from "./invitation-schema";
import { requestLog } from "../log";

export const inviteMember = defineAction({
  schema: inviteSchema,
  access: "manage:members:own",
  async run(input, { user, locale }) {
    const { token, tokenHash } = newToken();
    const organisation = await listingTransaction(async (tx) => {
      const now = new Date();
      const organisation = await tx.organization.findFirst({
        where: { id: input.organizationId, ...ownedOrganizations(user) },
        select: { id: true, name: true },
      });
      if (!organisation) throw new NotAllowedError();
      const member = await tx.membership.findFirst({ where: { organizationId: organisation.id, user: { email: input.email } }, select: { userId: true } });
      if (member) throw new RuleError("alreadyMember", "email");
      // Inviting the same address again replaces the open invitation: only the newest link works.
      const open = await tx.invitation.findMany({
        where: { organizationId: organisation.id, email: input.email, acceptedAt: null, revokedAt: null },
        select: { id: true },
      });
      for (const { id } of open) await revoke(tx, id, organisation.id, user.id, now);
      const invitation = await tx.invitation.create({
        data: {
          tokenHash,
          email: input.email,
          organizationId: organisation.id,
          role: input.role,
          invitedById: user.id,
          expiresAt: expiresIn({ days: INVITATION_DAYS }, now),
        },
        select: { id: true },
      });
      await recordRevision(tx, {
        entityType: "Invitation",
        entityId: invitation.id,
        organizationId: organisation.id,
        userId: user.id,
        action: "CREATE",
        after: await invitationSnapshot(tx, invitation.id),
      });
      return organisation;
    });
    // Sent after the commit: a retried transaction must not send two mails.
    const link = localizedAppUrl(locale, `/beheer/uitnodiging/${token}`);
    let delivered = false;
    try {
      delivered = await sendMail(invitationMail({ to: input.email, organisation: organisation.name, role: input.role, link, days: INVITATION_DAYS }));
    } catch (error) {
      (await requestLog()).error("Invitation mail failed", { error });
    }
    revalidateMembers();
    const t = await getTranslations({ locale, namespace: "Access.members" });
    // Undelivered (no SMTP in production, or SMTP failed): the inviter gets the link, this once,
    // to pass on themselves. Only its hash is stored, so it cannot be shown again later.
    if (!delivered) return { message: t("invitedNotSent", { email: input.email }), data: { link } };
    return { message: t("invited", { email: input.email }) };
  },
});

async function revoke(tx: Tx, id: string, organizationId: string, userId: string, now: Date): Promise<void> {
  const before = await invitationSnapshot(tx, id);
  await tx.invitation.update({ where: { id }, data: { revokedAt: now } });
  await recordRevision(tx, { entityType: "Invitation", entityId: id, organizationId, userId, action: "DELETE", before, after: await invitationSnapshot(tx, id) });
}

export const revokeInvitation = defineAction({
  schema: revokeInvitationSchema,
  access: "manage:members:own",
  async run({ invitationId }, { user, locale }) {
    await listingTransaction(async (tx) => {
      const now = new Date();
      const where = { id: invitationId, acceptedAt: null, revokedAt: null, organization: ownedOrganizations(user) };
      const invitation = await tx.invitation.findFirst({ where, select: { organizationId: true } });
      const before = await invitationSnapshot(tx, invitationId);
      const updated = await tx.invitation.updateMany({ where, data: { revokedAt: now } });
      if (!invitation || updated.count === 0) throw new NotAllowedError();
      await recordRevision(tx, {
        entityType: "Invitation",
        entityId: invitationId,
        organizationId: invitation.organizationId,
        userId: user.id,
        action: "DELETE",
        before,
        after: await invitationSnapshot(tx, invitationId),
      });
    });
    revalidateMembers();
    const t = await getTranslations({ locale, namespace: "Access.members" });
    return { message: t("revoked") };
  },
});

/** Marks a still-open invitation as used and adds the membership, with revisions. */
async function join(tx: Tx, token: string, accept: (invitation: { email: string }) => Promise<string>): Promise<string> {
  const now = new Date();
  const invitation = await tx.invitation.findFirst({
    where: { tokenHash: hashToken(token), acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, organizationId: true },
  });
  if (!invitation) throw new RuleError("invitationInvalid");
  const userId = await accept(invitation);
  const existing = await tx.membership.findUnique({ where: { userId_organizationId: { userId, organizationId: invitation.organizationId } } });
  if (existing) throw new RuleError("alreadyMember");
  const before = await invitationSnapshot(tx, invitation.id);
  // The condition in the WHERE makes a second use of the same link (even at the same moment) find nothing.
  const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
  if (claimed.count === 0) throw new RuleError("invitationInvalid");
  await tx.membership.create({ data: { userId, organizationId: invitation.organizationId, role: invitation.role } });
  const common = { organizationId: invitation.organizationId, userId };
  await recordRevision(tx, { ...common, entityType: "Invitation", entityId: invitation.id, action: "UPDATE", before, after: await invitationSnapshot(tx, invitation.id) });
  await recordRevision(tx, {
    ...common,
    entityType: "Membership",
    entityId: userId,
    action: "CREATE",
    after: await membershipSnapshot(tx, userId, invitation.organizationId),
  });
  return invitation.organizationId;
}

/** Someone with an account, signed in as the invited address, clicks "Doe mee". */
export const acceptInvitation = defineAction({
  schema: acceptInvitationSchema,
  access: "signed-in",
  async run({ token }, { user, locale }) {
    const organizationId = await listingTransaction((tx) =>
      join(tx, token, async (invitation) => {
        // The link was sent to one address: someone signed in as another may not use it.
        if (invitation.email !== user.email.toLowerCase()) throw new NotAllowedError();
        return user.id;
      }),
    );
    revalidateMembers();
    const t = await getTranslations({ locale, namespace: "Access.invitation" });
    return { message: t("joined"), data: { organizationId } };
  },
});

/** Someone new: the account is created with the invited address, then they sign in. */
export const acceptInvitationWithAccount = defineAction({
  schema: acceptWithAccountSchema,
  access: "public",
  async run(input, { locale }) {
    const passwordHash = await hashPassword(input.password);
    let email = "";
    await listingTransaction((tx) =>
      join(tx, input.token, async (invitation) => {
        const taken = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
        if (taken) throw new RuleError("emailTaken");
        // Opening the mailed link proves the address, so it counts as verified.
        const created = await tx.user.create({
          data: { email: invitation.email, name: input.name, passwordHash, emailVerified: new Date() },
          select: { id: true, email: true },
        });
        email = created.email;
        return created.id;
      }),
    );
    const t = await getTranslations({ locale, namespace: "Access.invitation" });
    return { message: t("joinedNew"), data: { email } };
  },
});
