// What a referral agreement's revision keeps: the agreed text and its state. The people who
// proposed, confirmed or ended it are in the revision's own userId, not in the snapshot.
import type { Tx } from "../listings/revisions";
import type { Snapshot } from "../listings/diff";
import { toSnapshot } from "../listings/revisions";

export const referralSnapshotSelect = {
  fromOrganizationId: true,
  toOrganizationId: true,
  fromServiceId: true,
  toServiceId: true,
  kind: true,
  whenToRefer: true,
  handoverSteps: true,
  whatToBring: true,
  jointFirstMeeting: true,
  contactRole: true,
  professionalContact: true,
  status: true,
  endReason: true,
} as const;

export async function referralSnapshot(tx: Tx, id: string): Promise<Snapshot | null> {
  const row = await tx.referralLink.findUnique({ where: { id }, select: referralSnapshotSelect });
  return row ? toSnapshot(row) : null;
}
