"use server";
// Referral agreements between two organisations. Each side may only act for its own
// organisation, and that is part of every write's WHERE: the proposing side proposes and
// changes a proposal from an organisation it edits; only the receiving side confirms or
// declines (scope on the TO organisation, and only while PROPOSED); either side ends a
// confirmed agreement. Nothing is ever deleted: an ended agreement stays as history.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { ConflictError, NotAllowedError, RuleError } from "../actions/errors";
import { editableOrganizations } from "../auth/scopes";
import type { SessionUser } from "../auth/session";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { changedFields } from "../listings/diff";
import { listingTransaction } from "../listings/transaction";
import { recordRevision, type RevisionAction, type Tx } from "../listings/revisions";
import { revalidateListings } from "../listings/revalidate";
import { localizedAppUrl } from "../access/links";
import { sendMail } from "../mail/send";
import { referralProposedMail } from "./mails";
import { referralSnapshot } from "./referral-snapshot";
import { decideReferralSchema, endReferralSchema, proposeReferralSchema, updateReferralSchema } from "./referral-schema";
import type { Snapshot } from "../listings/diff";
import { requestLog } from "../log";

type Agreement = {
  fromServiceId: string | null;
  toServiceId: string | null;
};

/** A named service must belong to its side of the agreement. */
async function assertServices(tx: Tx, fromOrganizationId: string, toOrganizationId: string, input: Agreement): Promise<void> {
  if (input.fromServiceId && (await tx.service.count({ where: { id: input.fromServiceId, organizationId: fromOrganizationId } })) === 0) {
    throw new RuleError("choice", "fromServiceId");
  }
  if (input.toServiceId && (await tx.service.count({ where: { id: input.toServiceId, organizationId: toOrganizationId, status: "ACTIVE" } })) === 0) {
    throw new RuleError("choice", "toServiceId");
  }
}

/** One revision row for each organisation, so both histories show the change. */
async function recordForBoth(
  tx: Tx,
  link: { id: string; fromOrganizationId: string; toOrganizationId: string },
  userId: string,
  action: RevisionAction,
  before: Snapshot | null,
): Promise<void> {
  const after = await referralSnapshot(tx, link.id);
  for (const organizationId of [link.fromOrganizationId, link.toOrganizationId]) {
    await recordRevision(tx, { entityType: "ReferralLink", entityId: link.id, organizationId, userId, action, before, after });
  }
}

/**
 * After a write matched no row: someone else's agreement or a step that is not possible in
 * its state (not allowed), or a newer version than the form was opened with (conflict).
 */
async function explainMiss(
  tx: Tx,
  referralId: string,
  visible: Prisma.ReferralLinkWhereInput,
  postedVersion: number,
  before: Snapshot | null,
  submitted: Snapshot,
): Promise<never> {
  const current = await tx.referralLink.findFirst({ where: { id: referralId, ...visible }, select: { version: true } });
  if (!current || !before || current.version === postedVersion) throw new NotAllowedError();
  const theirs = Object.fromEntries(Object.keys(submitted).map((key) => [key, before[key]]));
  throw new ConflictError(changedFields(submitted, theirs), current.version);
}

async function message(locale: string, key: "proposed" | "proposedNotMailed" | "updated" | "confirmed" | "declined" | "ended"): Promise<string> {
  const t = await getTranslations({ locale, namespace: "Referrals.messages" });
  return t(key);
}

/** True when every owner's mail went out (none to send counts as done). */
async function mailReceivingOwners(referralId: string, locale: string): Promise<boolean> {
  const link = await db.referralLink.findUnique({
    where: { id: referralId },
    select: {
      whenToRefer: true,
      toOrganizationId: true,
      fromOrganization: { select: { name: true } },
      toOrganization: { select: { name: true, memberships: { where: { role: "OWNER", user: { disabledAt: null } }, select: { user: { select: { email: true } } } } } },
    },
  });
  if (!link) return true;
  const url = localizedAppUrl(locale, `/beheer/organisaties/${link.toOrganizationId}/verwijzingen`);
  let delivered = true;
  for (const { user } of link.toOrganization.memberships) {
    const sent = await sendMail(referralProposedMail({ to: user.email, from: link.fromOrganization.name, receiving: link.toOrganization.name, whenToRefer: link.whenToRefer, link: url }));
    delivered &&= sent;
  }
  return delivered;
}

export const proposeReferral = defineAction({
  schema: proposeReferralSchema,
  access: "manage:referrals:own",
  async run(input, { user, locale }) {
    const { fromOrganizationId, toOrganizationId, ...agreement } = input;
    if (fromOrganizationId === toOrganizationId) throw new RuleError("choice", "toOrganizationId");
    const created = await listingTransaction(async (tx) => {
      // The proposing organisation must be the user's; the other one must be on the map.
      const from = await tx.organization.findFirst({ where: { id: fromOrganizationId, ...editableOrganizations(user) }, select: { id: true } });
      if (!from) throw new NotAllowedError();
      const to = await tx.organization.findFirst({ where: { id: toOrganizationId, status: "PUBLISHED" }, select: { id: true } });
      if (!to) throw new RuleError("choice", "toOrganizationId");
      await assertServices(tx, from.id, to.id, agreement);
      // One open agreement per pair and kind: a second one would only confuse the other side.
      const open = await tx.referralLink.count({
        where: { fromOrganizationId: from.id, toOrganizationId: to.id, kind: agreement.kind, status: { in: ["PROPOSED", "CONFIRMED"] } },
      });
      if (open > 0) throw new RuleError("referralExists", "kind");
      const link = await tx.referralLink.create({
        data: {
          ...agreement,
          fromOrganizationId: from.id,
          toOrganizationId: to.id,
          status: "PROPOSED",
          proposedById: user.id,
          fromConfirmedById: user.id,
          fromConfirmedAt: new Date(),
        },
        select: { id: true, fromOrganizationId: true, toOrganizationId: true },
      });
      await recordForBoth(tx, link, user.id, "CREATE", null);
      return link;
    });
    // After the commit: a mail is no part of the agreement, and a failing mail server must
    // not undo it. The receiving side also sees the proposal on its referrals page.
    let mailed = false;
    try {
      mailed = await mailReceivingOwners(created.id, locale);
    } catch (error) {
      (await requestLog()).error("Referral proposal mail failed", { error });
    }
    revalidateListings();
    return { message: await message(locale, mailed ? "proposed" : "proposedNotMailed"), data: { id: created.id } };
  },
});

export const updateReferral = defineAction({
  schema: updateReferralSchema,
  access: "manage:referrals:own",
  async run(input, { user, locale }) {
    const { referralId, version, ...agreement } = input;
    const fromSide = { fromOrganization: editableOrganizations(user) } satisfies Prisma.ReferralLinkWhereInput;
    await listingTransaction(async (tx) => {
      const before = await referralSnapshot(tx, referralId);
      const updated = await tx.referralLink.updateMany({
        where: { id: referralId, version, status: "PROPOSED", ...fromSide },
        data: { ...agreement, fromConfirmedById: user.id, fromConfirmedAt: new Date(), version: { increment: 1 } },
      });
      if (updated.count === 0) await explainMiss(tx, referralId, { ...fromSide, status: "PROPOSED" }, version, before, agreement);
      const link = await tx.referralLink.findUniqueOrThrow({ where: { id: referralId }, select: { id: true, fromOrganizationId: true, toOrganizationId: true } });
      await assertServices(tx, link.fromOrganizationId, link.toOrganizationId, agreement);
      await recordForBoth(tx, link, user.id, "UPDATE", before);
    });
    revalidateListings();
    return { message: await message(locale, "updated") };
  },
});

async function decide(user: SessionUser, input: { referralId: string; version: number; reason: string | null }, confirm: boolean): Promise<void> {
  const { referralId, version, reason } = input;
  // Only the receiving side decides: the scope is on the TO organisation.
  const toSide = { toOrganization: editableOrganizations(user) } satisfies Prisma.ReferralLinkWhereInput;
  const now = new Date();
  await listingTransaction(async (tx) => {
    const before = await referralSnapshot(tx, referralId);
    const updated = await tx.referralLink.updateMany({
      where: { id: referralId, version, status: "PROPOSED", ...toSide },
      data: confirm
        ? { status: "CONFIRMED", toConfirmedById: user.id, toConfirmedAt: now, version: { increment: 1 } }
        : { status: "DECLINED", endedById: user.id, endedAt: now, endReason: reason, version: { increment: 1 } },
    });
    if (updated.count === 0) await explainMiss(tx, referralId, toSide, version, before, { status: "PROPOSED" });
    const link = await tx.referralLink.findUniqueOrThrow({ where: { id: referralId }, select: { id: true, fromOrganizationId: true, toOrganizationId: true } });
    await recordForBoth(tx, link, user.id, confirm ? "APPROVE" : "REJECT", before);
  });
  revalidateListings();
}

export const confirmReferral = defineAction({
  schema: decideReferralSchema,
  access: "manage:referrals:own",
  async run(input, { user, locale }) {
    await decide(user, input, true);
    return { message: await message(locale, "confirmed") };
  },
});

export const declineReferral = defineAction({
  schema: decideReferralSchema,
  access: "manage:referrals:own",
  async run(input, { user, locale }) {
    await decide(user, input, false);
    return { message: await message(locale, "declined") };
  },
});

export const endReferral = defineAction({
  schema: endReferralSchema,
  access: "manage:referrals:own",
  async run(input, { user, locale }) {
    const { referralId, version, reason } = input;
    const mine = editableOrganizations(user);
    // Either side ends a confirmed agreement; the proposing side may withdraw a proposal.
    const endable = {
      OR: [
        { status: "CONFIRMED", OR: [{ fromOrganization: mine }, { toOrganization: mine }] },
        { status: "PROPOSED", fromOrganization: mine },
      ],
    } satisfies Prisma.ReferralLinkWhereInput;
    await listingTransaction(async (tx) => {
      const before = await referralSnapshot(tx, referralId);
      const updated = await tx.referralLink.updateMany({
        where: { id: referralId, version, ...endable },
        data: { status: "ENDED", endedById: user.id, endedAt: new Date(), endReason: reason, version: { increment: 1 } },
      });
      if (updated.count === 0) {
        await explainMiss(tx, referralId, { OR: [{ fromOrganization: mine }, { toOrganization: mine }] }, version, before, { status: before?.status });
      }
      const link = await tx.referralLink.findUniqueOrThrow({ where: { id: referralId }, select: { id: true, fromOrganizationId: true, toOrganizationId: true } });
      await recordForBoth(tx, link, user.id, "ARCHIVE", before);
    });
    revalidateListings();
    return { message: await message(locale, "ended") };
  },
});
