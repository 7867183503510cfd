// The organisation part of a listing as stored in revisions (and restored from them).
import type { Snapshot } from "./diff";
import type { Tx } from "./revisions";
import { ORGANISATION_FIELDS } from "./organisation-schema";
import { applyTranslations, translationsOf } from "./translation-snapshot";

export const organisationSnapshotSelect = {
  name: true,
  alternateName: true,
  description: true,
  kind: true,
  track: true,
  website: true,
  email: true,
  phone: true,
  whatsapp: true,
} as const;

export async function organisationSnapshot(tx: Tx, id: string): Promise<Snapshot | null> {
  const row = await tx.organization.findUnique({ where: { id }, select: organisationSnapshotSelect });
  return row ? { ...row, ...(await translationsOf(tx, "organisation", id)) } : null;
}

/** Only the editable fields of a snapshot, e.g. for a restore. */
export function organisationFields(snapshot: Snapshot): Snapshot {
  return Object.fromEntries(ORGANISATION_FIELDS.map((field) => [field, snapshot[field] ?? null]));
}

/** Writes a snapshot back (restore). The caller checks access and records the revision. */
export async function applyOrganisationSnapshot(tx: Tx, id: string, snapshot: Snapshot | null): Promise<void> {
  if (!snapshot) return;
  await tx.organization.update({ where: { id }, data: { ...(organisationFields(snapshot) as object), version: { increment: 1 } } });
  await applyTranslations(tx, "organisation", id, snapshot);
}
