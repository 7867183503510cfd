"use server";
// Saving an organisation's details. The ownership condition and the version check are part
// of the UPDATE's WHERE clause: a coordinator of another organisation, or a form opened
// before someone else saved, matches no row and changes nothing.
import { defineAction } from "../actions/action";
import { ConflictError, NotAllowedError } from "../actions/errors";
import { editableOrganizations } from "../auth/scopes";
import { changedFields } from "./diff";
import { listingTransaction } from "./transaction";
import { recordRevision } from "./revisions";
import { organisationFields, organisationSnapshot } from "./organisation-snapshot";
import { organisationDetailsSchema } from "./organisation-schema";
import { refreshOrganisationSearchVectors } from "../search/refresh-vectors";
import { revalidateListings } from "./revalidate";

export const saveOrganisationDetails = defineAction({
  schema: organisationDetailsSchema,
  access: "update:listing:own",
  async run(input, { user, t }) {
    const { organizationId, version, ...fields } = input;
    await listingTransaction(async (tx) => {
      const before = await organisationSnapshot(tx, organizationId);
      const updated = await tx.organization.updateMany({
        where: { id: organizationId, version, ...editableOrganizations(user) },
        data: { ...fields, version: { increment: 1 } },
      });
      if (updated.count === 0) {
        const current = await tx.organization.findFirst({
          where: { id: organizationId, ...editableOrganizations(user) },
          select: { version: true },
        });
        if (!current || !before) throw new NotAllowedError();
        throw new ConflictError(changedFields(fields, organisationFields(before)), current.version);
      }
      await recordRevision(tx, {
        entityType: "Organization",
        entityId: organizationId,
        organizationId,
        userId: user.id,
        action: "UPDATE",
        before,
        after: await organisationSnapshot(tx, organizationId),
      });
      await refreshOrganisationSearchVectors(tx, [organizationId]);
    });
    revalidateListings();
    return { message: t("saved") };
  },
});
