"use server";
// Archiving and unarchiving a listing: for its owners and for moderators. The status it had is
// kept in statusBeforeArchive, so unarchiving returns it there (a published listing is back on
// the map, a pending one waits for approval again) — except that owners bringing back what a
// moderator archived send it to review. Both are recorded as a "Listing" revision; nothing is
// deleted.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { NotAllowedError } from "../actions/errors";
import { ownedOrganizations } from "../auth/scopes";
import type { ListingStatus } from "../generated/prisma/enums";
import type { SessionUser } from "../auth/session";
import { isModerator } from "../auth/permissions";
import { listingTransaction } from "./transaction";
import { recordRevision } from "./revisions";
import { archiveListingSchema } from "./archive-schema";
import { revalidateListings } from "./revalidate";

// Without a remembered status (archived some other way) a listing returns for review, never
// straight onto the map.
const FALLBACK_STATUS: ListingStatus = "PENDING";

/**
 * What unarchiving returns to. A listing a moderator took off the map goes back through review
 * when its owners bring it back: they cannot undo a moderator's decision on their own.
 */
async function statusAfterArchive(
  tx: Parameters<Parameters<typeof listingTransaction>[0]>[0],
  user: SessionUser,
  organizationId: string,
  remembered: ListingStatus | null,
): Promise<ListingStatus> {
  if (!remembered) return FALLBACK_STATUS;
  if (isModerator(user)) return remembered;
  const archived = await tx.revision.findFirst({
    where: { organizationId, entityType: "Listing", action: "ARCHIVE" },
    orderBy: { createdAt: "desc" },
    select: { user: { select: { role: true } } },
  });
  return archived?.user && isModerator(archived.user) ? FALLBACK_STATUS : remembered;
}

async function setArchived(user: SessionUser, organizationId: string, archive: boolean): Promise<boolean> {
  return listingTransaction(async (tx) => {
    const current = await tx.organization.findFirst({
      where: { id: organizationId, ...ownedOrganizations(user) },
      select: { status: true, statusBeforeArchive: true },
    });
    if (!current) throw new NotAllowedError();
    const isArchived = current.status === "ARCHIVED";
    // Asked twice (two tabs, a double click): the listing is already as asked.
    if (isArchived === archive) return false;

    const status = archive ? "ARCHIVED" : await statusAfterArchive(tx, user, organizationId, current.statusBeforeArchive);
    const updated = await tx.organization.updateMany({
      where: { id: organizationId, status: current.status, ...ownedOrganizations(user) },
      data: { status, statusBeforeArchive: archive ? current.status : null },
    });
    if (updated.count === 0) throw new NotAllowedError();
    await recordRevision(tx, {
      entityType: "Listing",
      entityId: organizationId,
      organizationId,
      userId: user.id,
      action: archive ? "ARCHIVE" : "UNARCHIVE",
      before: { status: current.status },
      after: { status },
    });
    return true;
  });
}

export const archiveListing = defineAction({
  schema: archiveListingSchema,
  access: "archive:listing:own",
  async run({ organizationId }, { user, locale }) {
    const changed = await setArchived(user, organizationId, true);
    if (changed) revalidateListings();
    const t = await getTranslations({ locale, namespace: "History.archive" });
    return { message: t("archived") };
  },
});

export const unarchiveListing = defineAction({
  schema: archiveListingSchema,
  access: "archive:listing:own",
  async run({ organizationId }, { user, locale }) {
    const changed = await setArchived(user, organizationId, false);
    if (changed) revalidateListings();
    const t = await getTranslations({ locale, namespace: "History.archive" });
    return { message: t("unarchived") };
  },
});
