import "server-only";
// What the "Klopt alles nog?" panel shows: when the listing was last confirmed, and by whom.
// Read with the user's ownership condition, like every management query.
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";

export async function getVerification(user: SessionUser, organisationId: string) {
  const row = await db.organization.findFirst({
    where: { id: organisationId, ...editableOrganizations(user) },
    select: { status: true, verifiedAt: true, verifiedById: true },
  });
  if (!row) return null;
  const by = row.verifiedById ? await db.user.findUnique({ where: { id: row.verifiedById }, select: { name: true, email: true } }) : null;
  return { status: row.status, verifiedAt: row.verifiedAt, verifiedBy: by ? (by.name ?? by.email) : null };
}
