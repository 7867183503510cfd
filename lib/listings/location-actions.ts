"use server";
// Adding, editing and unlinking an organisation's addresses. The ownership condition (the
// address is linked to an organisation the user may edit) and the version check are part of
// each write's WHERE clause: posted ids of someone else's address match no row and change
// nothing. An address is never deleted: unlinking only takes it off this organisation.
// A shared address changed here is changed for every organisation there: each gets the
// revision in its history and their owners a mail (location-revisions.ts, location-mail.ts).
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { ConflictError, NotAllowedError } from "../actions/errors";
import { editableOrganizations, type ScopeUser } from "../auth/scopes";
import type { Prisma } from "../generated/prisma/client";
import { changedFields } from "./diff";
import { listingTransaction } from "./transaction";
import { recordRevision } from "./revisions";
import { locationFields, locationSnapshot } from "./location-snapshot";
import { locationSchema, unlinkLocationSchema } from "./location-schema";
import { placeOf } from "./location-place";
import { removeServicesFromLocation } from "./service-places";
import { revalidateListings } from "./revalidate";
import { locationViews, recordLocationChange } from "./location-revisions";
import { mailSharedLocationChange, type SharedLocationChange } from "./location-mail";

/** The address is linked to this organisation, and the user may edit that organisation. */
function linkedTo(organizationId: string, user: ScopeUser): Prisma.LocationWhereInput {
  return { organizations: { some: { organizationId, organization: { id: organizationId, ...editableOrganizations(user) } } } };
}

export const saveLocation = defineAction({
  schema: locationSchema,
  access: "update:listing:own",
  async run(input, { user, locale }) {
    const { organizationId, locationId, version, ...rest } = input;
    // PDOK is asked before the transaction starts: a slow lookup must not hold it open.
    const place = await placeOf(input);
    const data = { ...rest, ...place };
    const { created, shared } = await listingTransaction(async (tx): Promise<{ created: string | null; shared: SharedLocationChange | null }> => {
      if (!locationId) {
        const organisation = await tx.organization.findFirst({ where: { id: organizationId, ...editableOrganizations(user) }, select: { id: true } });
        if (!organisation) throw new NotAllowedError();
        const location = await tx.location.create({ data: { ...data, organizations: { create: { organizationId } } }, select: { id: true } });
        await recordRevision(tx, {
          entityType: "Location",
          entityId: location.id,
          organizationId,
          userId: user.id,
          action: "CREATE",
          before: null,
          after: await locationSnapshot(tx, location.id, organizationId),
        });
        return { created: location.id, shared: null };
      }
      if (version === undefined) throw new NotAllowedError();
      const before = await locationSnapshot(tx, locationId, organizationId);
      // Every organisation's view before the change: a shared address changes for all of them.
      const views = await locationViews(tx, locationId);
      const updated = await tx.location.updateMany({
        where: { id: locationId, version, ...linkedTo(organizationId, user) },
        data: { ...data, version: { increment: 1 } },
      });
      if (updated.count === 0) {
        const current = await tx.location.findFirst({ where: { id: locationId, ...linkedTo(organizationId, user) }, select: { version: true } });
        if (!current || !before) throw new NotAllowedError();
        throw new ConflictError(changedFields(locationFields(data), locationFields(before)), current.version);
      }
      // A revision in the history of every organisation at the address ("gewijzigd via …"),
      // so each of them sees, and can undo, what changed on its page.
      const told = await recordLocationChange(tx, { locationId, organizationId, userId: user.id, action: "UPDATE", before, othersBefore: views });
      const after = await locationSnapshot(tx, locationId, organizationId);
      return { created: null, shared: { viaOrganizationId: organizationId, told, userId: user.id, restored: false, before, after } };
    });
    revalidateListings();
    if (shared) await mailSharedLocationChange(shared);
    const messages = await getTranslations({ locale, namespace: "Listing.locations" });
    return { message: messages(locationId ? "saved" : "added"), data: { locationId: created ?? locationId } };
  },
});

export const unlinkLocation = defineAction({
  schema: unlinkLocationSchema,
  access: "update:listing:own",
  async run({ organizationId, locationId, version }, { user, locale }) {
    await listingTransaction(async (tx) => {
      const before = await locationSnapshot(tx, locationId, organizationId);
      // The link is removed by the write that checks ownership and version; the address itself
      // stays as it is for the other organisations there.
      const removed = await tx.organizationLocation.deleteMany({
        where: { organizationId, locationId, organization: editableOrganizations(user), location: { version } },
      });
      if (removed.count === 0) {
        const current = await tx.location.findFirst({ where: { id: locationId, ...linkedTo(organizationId, user) }, select: { version: true } });
        if (!current || !before) throw new NotAllowedError();
        throw new ConflictError([], current.version);
      }
      await removeServicesFromLocation(tx, { locationId, organizationId, userId: user.id });
      await recordRevision(tx, {
        entityType: "Location",
        entityId: locationId,
        organizationId,
        userId: user.id,
        action: "DELETE",
        before,
        after: await locationSnapshot(tx, locationId, organizationId),
      });
    });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "Listing.locations" });
    return { message: t("unlinked") };
  },
});
