"use server";
// One click for "everything is still right": sets the listing's last-checked date, which the
// public page shows, and records who confirmed it as a "Listing" revision (action VERIFY).
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { NotAllowedError } from "../actions/errors";
import { editableOrganizations } from "../auth/scopes";
import { listingTransaction } from "./transaction";
import { recordRevision } from "./revisions";
import { verifyListingSchema } from "./verify-schema";
import { revalidateListings } from "./revalidate";

export const verifyListing = defineAction({
  schema: verifyListingSchema,
  access: "update:listing:own",
  async run({ organizationId }, { user, locale }) {
    const now = new Date();
    await listingTransaction(async (tx) => {
      const current = await tx.organization.findFirst({
        where: { id: organizationId, ...editableOrganizations(user) },
        select: { verifiedAt: true },
      });
      if (!current) throw new NotAllowedError();
      const updated = await tx.organization.updateMany({
        // An archived listing is not on the map: there is nothing to confirm.
        where: { id: organizationId, status: { not: "ARCHIVED" }, ...editableOrganizations(user) },
        data: { verifiedAt: now, verifiedById: user.id },
      });
      if (updated.count === 0) throw new NotAllowedError();
      await recordRevision(tx, {
        entityType: "Listing",
        entityId: organizationId,
        organizationId,
        userId: user.id,
        action: "VERIFY",
        before: { verifiedAt: current.verifiedAt?.toISOString() ?? null },
        after: { verifiedAt: now.toISOString() },
      });
    });
    revalidateListings();
    const t = await getTranslations({ locale, namespace: "History.verification" });
    return { message: t("thanks") };
  },
});
