// The newest revision of one part of a listing: what the history page's restore buttons are
// "based on", so a restore never silently undoes a change made after the page was opened.
import type { Tx } from "./revisions";

export async function newestRevisionOf(tx: Tx, entityType: string, entityId: string) {
  return tx.revision.findFirst({
    where: { entityType, entityId },
    // Revisions written in one transaction share createdAt; the id breaks the tie.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
}
