// Putting an address back, from the history of one of the organisations there. Two kinds of
// revision, two kinds of restore:
// - the revision made or removed this organisation's link (an unlink, or the restore of
//   one): restoring it puts back only the link and this organisation's services there. The
//   address stays as it is now: others at the address may have changed it since.
// - the revision changed the address: restoring it puts back the address, for every
//   organisation there, and only while the address is still linked to this organisation —
//   an organisation that left an address cannot change it (or join it again) this way. That
//   condition is in the UPDATE's WHERE, with the user's ownership condition.
import type { Prisma } from "../generated/prisma/client";
import { NotAllowedError } from "../actions/errors";
import type { Snapshot } from "./diff";
import type { Tx } from "./revisions";
import { LOCATION_FIELDS } from "./location-schema";
import { locationData, locationSnapshot, unlinkLocationFrom } from "./location-snapshot";
import { applyTranslations } from "./translation-snapshot";

type Revision = { before: Snapshot | null; after: Snapshot | null };

const linkOf = (snapshot: Snapshot | null) => (typeof snapshot?.linked === "boolean" ? snapshot.linked : null);

/** Whether the revision made or removed the organisation's link to the address. */
function changedLink(revision: Revision): boolean {
  const before = linkOf(revision.before);
  const after = linkOf(revision.after);
  return before !== null && after !== null && before !== after;
}

/**
 * The state restoring `revision` leads to, seen from `organizationId` (the history it is in);
 * null when it cannot be restored (the address is gone, or it changed the address and the
 * organisation has left the address since).
 */
export async function locationRestoreTarget(tx: Tx, id: string, organizationId: string, revision: Revision): Promise<Snapshot | null> {
  const current = await locationSnapshot(tx, id, organizationId);
  const before = revision.before;
  if (!current || !before) return null;
  if (changedLink(revision)) {
    const linked = before.linked === true;
    const others = ((current.linkedOrganisationIds as string[] | undefined) ?? []).filter((other) => other !== organizationId);
    return {
      ...current,
      linked,
      serviceIds: linked && Array.isArray(before.serviceIds) ? [...before.serviceIds] : [],
      linkedOrganisationIds: (linked ? [...others, organizationId] : others).sort(),
    };
  }
  if (current.linked !== true) return null;
  const address = Object.fromEntries([...LOCATION_FIELDS, "buurtCode"].map((field) => [field, before[field] ?? null]));
  // The translations of "how to get there" belong to the address: they come back with it.
  const rest = Object.fromEntries(Object.entries(current).filter(([key]) => key !== "translations"));
  return { ...rest, ...address, ...(before.translations ? { translations: before.translations } : {}) };
}

/**
 * Writes a restore target (from locationRestoreTarget). `organizations` is the user's
 * ownership condition (editableOrganizations): the address is only written while it is linked
 * to `organizationId` and the user may edit that organisation — checked by the UPDATE itself.
 */
export async function applyLocationRestore(
  tx: Tx,
  id: string,
  target: Snapshot | null,
  scope: { organizationId: string; organizations: Prisma.OrganizationWhereInput },
): Promise<void> {
  if (!target) throw new NotAllowedError();
  const { organizationId, organizations } = scope;
  const linkedNow = (await tx.organizationLocation.count({ where: { organizationId, locationId: id } })) > 0;
  // Undoing an unlink: the organisation (one the user may edit) joins the address again.
  if (target.linked === true && !linkedNow) {
    const allowed = await tx.organization.count({ where: { id: organizationId, ...organizations } });
    if (!allowed) throw new NotAllowedError();
    await tx.organizationLocation.create({ data: { organizationId, locationId: id } });
  }
  const updated = await tx.location.updateMany({
    where: { id, organizations: { some: { organizationId, organization: { id: organizationId, ...organizations } } } },
    data: { ...locationData(target), version: { increment: 1 } },
  });
  if (updated.count === 0) throw new NotAllowedError();
  await applyTranslations(tx, "location", id, target);
  if (target.linked === false) {
    await unlinkLocationFrom(tx, id, organizationId);
    return;
  }
  const wanted = Array.isArray(target.serviceIds) ? target.serviceIds.filter((s): s is string => typeof s === "string") : [];
  if (wanted.length === 0) return;
  const services = await tx.service.findMany({ where: { id: { in: wanted }, organizationId }, select: { id: true } });
  await tx.serviceAtLocation.createMany({ data: services.map((s) => ({ serviceId: s.id, locationId: id })), skipDuplicates: true });
}
