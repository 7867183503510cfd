"use server";
// "Zet terug naar vóór deze wijziging": applies the `before` snapshot of a revision and records
// that as a new revision (action RESTORE), so the history only ever grows and a restore can
// itself be undone. The revision is looked up with the user's ownership condition: a revision
// of another organisation matches nothing.
import { getTranslations } from "next-intl/server";
import { defineAction } from "../actions/action";
import { ConflictError, NotAllowedError } from "../actions/errors";
import { editableOrganizations } from "../auth/scopes";
import { changedFields, type Snapshot } from "./diff";
import { listingTransaction } from "./transaction";
import { recordRevision, type RevisionEntity } from "./revisions";
import { restorablePart } from "./restore-registry";
import { restoreRevisionSchema } from "./restore-schema";
import { revalidateListings } from "./revalidate";
import { newestRevisionOf } from "./history-latest";
import { canonical, sameState } from "./history-diff";

export const restoreRevision = defineAction({
  schema: restoreRevisionSchema,
  access: "update:listing:own",
  async run({ revisionId, basedOnId }, { user, locale }) {
    const changed = await listingTransaction(async (tx) => {
      const revision = await tx.revision.findFirst({
        where: { id: revisionId, organizationId: { not: null }, organization: editableOrganizations(user) },
        select: { entityType: true, entityId: true, organizationId: true, before: true },
      });
      const part = revision && restorablePart(revision.entityType);
      if (!revision || !revision.organizationId || !part) throw new NotAllowedError();
      await part.lock(tx, revision.entityId);
      const target = (revision.before ?? null) as Snapshot | null;
      // A part that cannot be written back any more (its service was removed, say): the
      // message says it may no longer exist, and nothing changes.
      if (!(await part.canApply(tx, revision.entityId, target))) throw new NotAllowedError();

      const current = await part.snapshot(tx, revision.entityId, revision.organizationId);
      const newest = await newestRevisionOf(tx, revision.entityType, revision.entityId);
      if (newest && newest.id !== basedOnId) {
        // Changed since the page was opened: show what changed, restore nothing.
        const seen = await tx.revision.findFirst({ where: { id: basedOnId, entityId: revision.entityId }, select: { after: true } });
        throw new ConflictError(changedFields(canonical(seen?.after as Snapshot | null), canonical(current)), 0);
      }

      if (sameState(current, target)) return false;

      await part.apply(tx, revision.entityId, target);
      await part.afterApply?.(tx, revision.entityId);
      await recordRevision(tx, {
        entityType: revision.entityType as RevisionEntity,
        entityId: revision.entityId,
        organizationId: revision.organizationId,
        userId: user.id,
        action: "RESTORE",
        before: current,
        after: await part.snapshot(tx, revision.entityId, revision.organizationId),
      });
      return true;
    });
    const t = await getTranslations({ locale, namespace: "History.restore" });
    if (!changed) return { message: t("nothingToDo") };
    revalidateListings();
    return { message: t("done") };
  },
});
