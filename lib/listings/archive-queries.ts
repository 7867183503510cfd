import "server-only";
// Whether the user may archive this listing (owners and moderators), and its status: read
// with the same ownership condition the archive action writes with.
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { can } from "../auth/permissions";
import { ownedOrganizations } from "../auth/scopes";

export async function getArchiveState(user: SessionUser, organisationId: string) {
  if (!can(user, "archive:listing:own")) return null;
  return db.organization.findFirst({
    where: { id: organisationId, ...ownedOrganizations(user) },
    select: { id: true, status: true, statusBeforeArchive: true },
  });
}
