"use server";
// A moderator's decision on a submitted listing. Only a PENDING listing can be decided on,
// and that condition is in the UPDATE itself: two moderators deciding at once cannot both
// win, and a listing that was withdrawn meanwhile is left alone. The decision is kept as a
// "Listing" revision; the submitter and owners get a mail once it is committed.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { NotAllowedError } from "../actions/errors";
import { listingTransaction } from "../listings/transaction";
import { recordRevision } from "../listings/revisions";
import { revalidateListings } from "../listings/revalidate";
import { reviewRecipients, sendReviewMails } from "./review-mail";
import { approveListingSchema, rejectListingSchema } from "./review-schema";

const reviewedSelect = { id: true, slug: true, name: true, submittedById: true } as const;

export const approveListing = defineAction({
  schema: approveListingSchema,
  access: "moderate:listing:any",
  async run({ organizationId }, { user, locale }) {
    const now = new Date();
    const { organisation, recipients } = await listingTransaction(async (tx) => {
      const updated = await tx.organization.updateMany({
        where: { id: organizationId, status: "PENDING" },
        // Approving is checking: the listing starts on the map as "just checked".
        data: { status: "PUBLISHED", reviewedById: user.id, reviewedAt: now, reviewNote: null, verifiedAt: now },
      });
      if (updated.count === 0) throw new NotAllowedError();
      await recordRevision(tx, {
        entityType: "Listing",
        entityId: organizationId,
        organizationId,
        userId: user.id,
        action: "APPROVE",
        before: { status: "PENDING" },
        after: { status: "PUBLISHED" },
      });
      const organisation = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: reviewedSelect });
      return { organisation, recipients: await reviewRecipients(tx, organisation) };
    });
    const mailed = await sendReviewMails(recipients, organisation, { approved: true });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "Moderation.pending" });
    return { message: `${t("approved", { name: organisation.name })}${mailed ? "" : ` ${t("mailFailed")}`}` };
  },
});

export const rejectListing = defineAction({
  schema: rejectListingSchema,
  access: "moderate:listing:any",
  async run({ organizationId, reason }, { user, locale }) {
    const now = new Date();
    const { organisation, recipients } = await listingTransaction(async (tx) => {
      const updated = await tx.organization.updateMany({
        where: { id: organizationId, status: "PENDING" },
        data: { status: "REJECTED", reviewedById: user.id, reviewedAt: now, reviewNote: reason },
      });
      if (updated.count === 0) throw new NotAllowedError();
      await recordRevision(tx, {
        entityType: "Listing",
        entityId: organizationId,
        organizationId,
        userId: user.id,
        action: "REJECT",
        before: { status: "PENDING" },
        after: { status: "REJECTED", reviewNote: reason },
      });
      const organisation = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: reviewedSelect });
      return { organisation, recipients: await reviewRecipients(tx, organisation) };
    });
    const mailed = await sendReviewMails(recipients, organisation, { approved: false, note: reason });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "Moderation.pending" });
    return { message: `${t("rejected", { name: organisation.name })}${mailed ? "" : ` ${t("mailFailed")}`}` };
  },
});
