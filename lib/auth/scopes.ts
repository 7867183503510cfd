// Ownership conditions for queries: spread them into a `where` so that the database itself
// refuses rows the user may not touch. Moderators and admins get no condition.
import type { Prisma } from "../generated/prisma/client";
import type { MembershipRole } from "../generated/prisma/enums";
import { EDIT_ROLES, OWNER_ROLES, isModerator, type PermissionSubject } from "./permissions";

export type ScopeUser = PermissionSubject & { id: string };

function membershipCondition(user: ScopeUser, roles: readonly MembershipRole[]): Prisma.OrganizationWhereInput {
  return { memberships: { some: { userId: user.id, role: { in: [...roles] } } } };
}

/** Organisations this user may edit (as OWNER or EDITOR, or any as moderator). */
export function editableOrganizations(user: ScopeUser): Prisma.OrganizationWhereInput {
  return isModerator(user) ? {} : membershipCondition(user, EDIT_ROLES);
}

/** Organisations this user owns (members, archiving), or any as moderator. */
export function ownedOrganizations(user: ScopeUser): Prisma.OrganizationWhereInput {
  return isModerator(user) ? {} : membershipCondition(user, OWNER_ROLES);
}
