// An address can be shared by several organisations (a hub hosting partners): a change made
// through one of them changes every one of their public pages. So the change is written into
// the history of EVERY organisation at the address, in the same transaction, each from its own
// point of view (its link and its services there). The revisions of the other organisations
// carry `changedVia`: the organisation through whose listing the change was made, which their
// history page names ("gewijzigd via …") and their owners are mailed about.
import type { Snapshot } from "./diff";
import { recordRevision, type RevisionAction, type Tx } from "./revisions";
import { locationFields, locationSnapshot } from "./location-snapshot";
import { sameState } from "./history-diff";

/** The snapshot key naming the organisation a shared address was changed through. */
export const CHANGED_VIA = "changedVia";

/** A snapshot without the `changedVia` note: only the state, to compare with another state. */
export function withoutChangedVia(snapshot: Snapshot | null): Snapshot | null {
  if (!snapshot || !(CHANGED_VIA in snapshot)) return snapshot;
  return Object.fromEntries(Object.entries(snapshot).filter(([key]) => key !== CHANGED_VIA));
}

/** Every organisation's view of the address now, keyed by organisation id. */
export async function locationViews(tx: Tx, locationId: string): Promise<Map<string, Snapshot | null>> {
  const links = await tx.organizationLocation.findMany({ where: { locationId }, select: { organizationId: true }, orderBy: { organizationId: "asc" } });
  const views = new Map<string, Snapshot | null>();
  for (const { organizationId } of links) views.set(organizationId, await locationSnapshot(tx, locationId, organizationId));
  return views;
}

/**
 * Records a change to an address: the revision of the organisation it was made through
 * (`organizationId`, always), and one for every other organisation linked to the address
 * before or after the change whose address changed (a link made or removed for the acting
 * organisation alone is not their change). `before` holds the views from `locationViews`,
 * taken before the write. Returns the other organisations that got a revision.
 */
export async function recordLocationChange(
  tx: Tx,
  input: { locationId: string; organizationId: string; userId: string; action: RevisionAction; before: Snapshot | null; othersBefore: Map<string, Snapshot | null> },
): Promise<string[]> {
  const { locationId, organizationId, userId, action } = input;
  await recordRevision(tx, {
    entityType: "Location",
    entityId: locationId,
    organizationId,
    userId,
    action,
    before: input.before,
    after: await locationSnapshot(tx, locationId, organizationId),
  });
  const now = await locationViews(tx, locationId);
  const others = [...new Set([...input.othersBefore.keys(), ...now.keys()])].filter((id) => id !== organizationId).sort();
  const told: string[] = [];
  for (const other of others) {
    const before = input.othersBefore.get(other) ?? (await locationSnapshot(tx, locationId, other));
    const after = now.get(other) ?? (await locationSnapshot(tx, locationId, other));
    // The address fields and their translations ("how to get there") are what the others see.
    const seen = (view: Snapshot) => ({ ...locationFields(view), translations: view.translations ?? null });
    if (!before || !after || sameState(seen(before), seen(after))) continue;
    await recordRevision(tx, { entityType: "Location", entityId: locationId, organizationId: other, userId, action, before, after: { ...after, [CHANGED_VIA]: organizationId } });
    told.push(other);
  }
  return told;
}
