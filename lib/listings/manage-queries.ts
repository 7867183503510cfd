import "server-only";
// Reading listings for the management pages. Every query carries the user's ownership
// condition, so a page for someone else's organisation finds nothing (and shows 404).
import { notFound } from "next/navigation";
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";
import { isModerator } from "../auth/permissions";
import { organisationSnapshotSelect } from "./organisation-snapshot";

const listItem = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  status: true,
  verifiedAt: true,
  updatedAt: true,
} as const;

export async function listMyOrganisations(user: SessionUser) {
  const rows = await db.organization.findMany({
    where: { memberships: { some: { userId: user.id } } },
    select: { ...listItem, memberships: { where: { userId: user.id }, select: { role: true } } },
    orderBy: { name: "asc" },
  });
  return rows.map(({ memberships, ...row }) => ({ ...row, role: memberships[0]?.role ?? null }));
}

/** Moderators: find any organisation by name. */
export async function searchOrganisations(user: SessionUser, query: string, take = 50) {
  if (!isModerator(user)) return [];
  return db.organization.findMany({
    where: query ? { name: { contains: query, mode: "insensitive" } } : {},
    select: listItem,
    orderBy: { name: "asc" },
    take,
  });
}

export async function getEditableOrganisation(user: SessionUser, id: string) {
  return db.organization.findFirst({
    where: { id, ...editableOrganizations(user) },
    select: {
      id: true,
      slug: true,
      // The details form edits exactly the fields a revision keeps.
      ...organisationSnapshotSelect,
      status: true,
      verifiedAt: true,
      reviewNote: true,
      version: true,
      memberships: { where: { userId: user.id }, select: { role: true } },
    },
  });
}

export type EditableOrganisation = NonNullable<Awaited<ReturnType<typeof getEditableOrganisation>>>;

export async function requireEditableOrganisation(user: SessionUser, id: string): Promise<EditableOrganisation> {
  const organisation = await getEditableOrganisation(user, id);
  if (!organisation) notFound();
  return organisation;
}

/** The user's membership role in the organisation, or "MODERATOR" for moderators and admins. */
export function roleIn(user: SessionUser, organisation: EditableOrganisation): "OWNER" | "EDITOR" | "MODERATOR" {
  if (isModerator(user)) return "MODERATOR";
  return organisation.memberships[0]?.role ?? "EDITOR";
}
