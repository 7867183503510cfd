"use server";
// Managing who may edit a listing. Owners (and moderators) change roles, remove members and
// hand over ownership; everyone may leave. The owner condition is part of each write's WHERE,
// and assertOwnerRemains runs in the same transaction after every change that takes an owner
// away (see owners.ts for why that holds when two people act at once).
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { NotAllowedError } from "../actions/errors";
import { ownedOrganizations } from "../auth/scopes";
import type { MembershipRole } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import { listingTransaction } from "../listings/transaction";
import { recordRevision, type RevisionAction, type Tx } from "../listings/revisions";
import type { Snapshot } from "../listings/diff";
import { assertOwnerRemains, lockMemberships } from "./owners";
import { membershipSnapshot } from "./snapshots";
import { revalidateMembers } from "./revalidate";
import { changeRoleSchema, leaveSchema, removeMemberSchema, transferOwnershipSchema } from "./member-schema";

type Change = { organizationId: string; memberId: string; actorId: string; action: RevisionAction; before: Snapshot | null };

async function record(tx: Tx, change: Change): Promise<void> {
  await recordRevision(tx, {
    entityType: "Membership",
    entityId: change.memberId,
    organizationId: change.organizationId,
    userId: change.actorId,
    action: change.action,
    before: change.before,
    after: await membershipSnapshot(tx, change.memberId, change.organizationId),
  });
}

async function setRole(tx: Tx, where: { userId: string; organizationId: string; role?: MembershipRole }, role: MembershipRole, scope: Prisma.OrganizationWhereInput): Promise<Snapshot | null> {
  const before = await membershipSnapshot(tx, where.userId, where.organizationId);
  const updated = await tx.membership.updateMany({ where: { ...where, organization: scope }, data: { role } });
  if (updated.count === 0 || !before) throw new NotAllowedError();
  return before;
}

export const changeMemberRole = defineAction({
  schema: changeRoleSchema,
  access: "manage:members:own",
  async run({ organizationId, userId, role }, { user, locale }) {
    await listingTransaction(async (tx) => {
      await lockMemberships(tx, organizationId);
      const before = await setRole(tx, { userId, organizationId }, role, ownedOrganizations(user));
      if (before?.role === "OWNER") await assertOwnerRemains(tx, organizationId);
      await record(tx, { organizationId, memberId: userId, actorId: user.id, action: "UPDATE", before });
    });
    revalidateMembers();
    const t = await getTranslations({ locale, namespace: "Access.members" });
    return { message: t("roleChanged") };
  },
});

export const removeMember = defineAction({
  schema: removeMemberSchema,
  access: "manage:members:own",
  async run({ organizationId, userId }, { user, locale }) {
    await listingTransaction(async (tx) => {
      await lockMemberships(tx, organizationId);
      const before = await membershipSnapshot(tx, userId, organizationId);
      const deleted = await tx.membership.deleteMany({ where: { userId, organizationId, organization: ownedOrganizations(user) } });
      if (deleted.count === 0 || !before) throw new NotAllowedError();
      if (before.role === "OWNER") await assertOwnerRemains(tx, organizationId);
      await record(tx, { organizationId, memberId: userId, actorId: user.id, action: "DELETE", before });
    });
    revalidateMembers();
    const t = await getTranslations({ locale, namespace: "Access.members" });
    return { message: t("removed") };
  },
});

/** The signed-in owner makes another member owner and becomes editor, in one go. */
export const transferOwnership = defineAction({
  schema: transferOwnershipSchema,
  access: "manage:members:own",
  async run({ organizationId, userId }, { user, locale }) {
    if (userId === user.id) throw new NotAllowedError();
    await listingTransaction(async (tx) => {
      await lockMemberships(tx, organizationId);
      const scope = ownedOrganizations(user);
      const target = await setRole(tx, { userId, organizationId }, "OWNER", scope);
      // Only someone who is an owner themselves can hand ownership over.
      const self = await setRole(tx, { userId: user.id, organizationId, role: "OWNER" }, "EDITOR", scope);
      await assertOwnerRemains(tx, organizationId);
      await record(tx, { organizationId, memberId: userId, actorId: user.id, action: "UPDATE", before: target });
      await record(tx, { organizationId, memberId: user.id, actorId: user.id, action: "UPDATE", before: self });
    });
    revalidateMembers();
    const t = await getTranslations({ locale, namespace: "Access.members" });
    return { message: t("transferred") };
  },
});

/** Anyone may stop helping with a listing, as long as it keeps an owner. */
export const leaveOrganisation = defineAction({
  schema: leaveSchema,
  access: "signed-in",
  async run({ organizationId }, { user, locale }) {
    await listingTransaction(async (tx) => {
      await lockMemberships(tx, organizationId);
      const before = await membershipSnapshot(tx, user.id, organizationId);
      const deleted = await tx.membership.deleteMany({ where: { userId: user.id, organizationId } });
      if (deleted.count === 0 || !before) throw new NotAllowedError();
      if (before.role === "OWNER") await assertOwnerRemains(tx, organizationId);
      await record(tx, { organizationId, memberId: user.id, actorId: user.id, action: "DELETE", before });
    });
    const t = await getTranslations({ locale, namespace: "Access.members" });
    return { message: t("left") };
  },
});
