// What each role may do. Coordinators get their rights through a membership of an
// organisation (OWNER or EDITOR); moderators and admins may act on any listing. Every check
// that names a listing is also written into the query itself (see scopes.ts), so a posted id
// of someone else's listing matches no row.
import type { MembershipRole, Role } from "../generated/prisma/enums";

export type Permission =
  | "update:listing:own"
  | "update:listing:any"
  | "manage:members:own"
  | "manage:members:any"
  | "archive:listing:own"
  | "archive:listing:any"
  | "read:reports:own"
  | "read:reports:any"
  | "submit:listing"
  | "moderate:listing:any"
  | "moderate:report:any"
  | "read:dashboard:any"
  | "manage:referrals:own"
  | "manage:referrals:any"
  | "grant:professional:any"
  | "read:gaps:any";

const COORDINATOR: Permission[] = [
  "update:listing:own",
  "manage:members:own",
  "archive:listing:own",
  "read:reports:own",
  "submit:listing",
  "manage:referrals:own",
];

const MODERATOR: Permission[] = [
  ...COORDINATOR,
  "update:listing:any",
  "manage:members:any",
  "archive:listing:any",
  "read:reports:any",
  "moderate:listing:any",
  "moderate:report:any",
  "read:dashboard:any",
  "manage:referrals:any",
  "grant:professional:any",
  "read:gaps:any",
];

const BY_ROLE: Record<Role, readonly Permission[]> = {
  USER: COORDINATOR,
  MODERATOR,
  ADMIN: MODERATOR,
};

export type PermissionSubject = { role: Role };

export function can(user: PermissionSubject | null, permission: Permission): boolean {
  return Boolean(user && BY_ROLE[user.role].includes(permission));
}

export function isModerator(user: PermissionSubject | null): boolean {
  return user?.role === "MODERATOR" || user?.role === "ADMIN";
}

/** Membership roles that may do a thing to their own listing. */
export const EDIT_ROLES: readonly MembershipRole[] = ["OWNER", "EDITOR"];
export const OWNER_ROLES: readonly MembershipRole[] = ["OWNER"];
