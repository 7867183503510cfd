"use server";
// "Zet terug naar vóór deze wijziging": applies the `before` snapshot of a revision and records
// that as a new revision (action RESTORE), so the history only ever grows and a restore can
// itself be undone. The revision is looked up with the user's ownership condition: a revision
// of another organisation matches nothing. A shared address is restored for every organisation
// there, into all their histories, and the other owners are mailed (location-revisions.ts).
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
import { withoutChangedVia } from "./location-revisions";
import { mailSharedLocationChange, type SharedLocationChange } from "./location-mail";

export const restoreRevision = defineAction({
  schema: restoreRevisionSchema,
  access: "update:listing:own",
  async run({ revisionId, basedOnId }, { user, locale }) {
    const outcome = await listingTransaction(async (tx): Promise<{ changed: boolean; shared: SharedLocationChange | null }> => {
      const revision = await tx.revision.findFirst({
        where: { id: revisionId, organizationId: { not: null }, organization: editableOrganizations(user) },
        select: { entityType: true, entityId: true, organizationId: true, before: true, after: true },
      });
      const part = revision && restorablePart(revision.entityType);
      if (!revision || !revision.organizationId || !part) throw new NotAllowedError();
      const organizationId = revision.organizationId;
      await part.lock(tx, revision.entityId);
      const before = (revision.before ?? null) as Snapshot | null;
      const after = withoutChangedVia((revision.after ?? null) as Snapshot | null);
      const target = part.target ? await part.target(tx, revision.entityId, organizationId, { before, after }) : before;
      // A part that cannot be written back any more (its service was removed, an address the
      // organisation has left): the message says it may no longer exist, and nothing changes.
      if (!(await part.canApply(tx, revision.entityId, target))) throw new NotAllowedError();

      const current = await part.snapshot(tx, revision.entityId, organizationId);
      const newest = await newestRevisionOf(tx, revision.entityType, revision.entityId);
      if (newest && newest.id !== basedOnId) {
        // Changed since the page was opened: show what changed, restore nothing.
        const seen = await tx.revision.findFirst({ where: { id: basedOnId, entityId: revision.entityId }, select: { after: true } });
        throw new ConflictError(changedFields(canonical(withoutChangedVia(seen?.after as Snapshot | null)), canonical(current)), 0);
      }

      if (sameState(current, target)) return { changed: false, shared: null };

      const othersBefore = part.shared ? await part.shared.views(tx, revision.entityId) : null;
      await part.apply(tx, revision.entityId, target, { organizationId, organizations: editableOrganizations(user) });
      await part.afterApply?.(tx, revision.entityId);
      if (part.shared && othersBefore) {
        const told = await part.shared.record(tx, { entityId: revision.entityId, organizationId, userId: user.id, before: current, othersBefore });
        const now = await part.snapshot(tx, revision.entityId, organizationId);
        return { changed: true, shared: { viaOrganizationId: organizationId, told, userId: user.id, restored: true, before: current, after: now } };
      }
      await recordRevision(tx, {
        entityType: revision.entityType as RevisionEntity,
        entityId: revision.entityId,
        organizationId,
        userId: user.id,
        action: "RESTORE",
        before: current,
        after: await part.snapshot(tx, revision.entityId, organizationId),
      });
      return { changed: true, shared: null };
    });
    const t = await getTranslations({ locale, namespace: "History.restore" });
    if (!outcome.changed) return { message: t("nothingToDo") };
    revalidateListings();
    if (outcome.shared) await mailSharedLocationChange(outcome.shared);
    return { message: t("done") };
  },
});
