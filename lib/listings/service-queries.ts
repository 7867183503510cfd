import "server-only";
// Reading an organisation's services for the management pages. Every query carries the
// user's ownership condition, so someone else's service is not found (and shows 404).
import { notFound } from "next/navigation";
import { db } from "../db";
import { categoryName } from "../i18n/category-name";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";
import { serviceSnapshotSelect } from "./service-snapshot";

function ownedBy(user: SessionUser, organizationId: string) {
  return { organizationId, organization: editableOrganizations(user) };
}

export async function listServices(user: SessionUser, organizationId: string) {
  const rows = await db.service.findMany({
    where: ownedBy(user, organizationId),
    select: {
      id: true,
      name: true,
      status: true,
      capacity: true,
      updatedAt: true,
      locations: { select: { location: { select: { id: true, name: true } } }, orderBy: { location: { name: "asc" } } },
    },
    // Stopped services last: they are kept, but rarely what someone comes to change.
    orderBy: [{ status: "asc" }, { name: "asc" }],
  });
  return rows.map(({ locations, ...row }) => ({ ...row, locations: locations.map((place) => place.location) }));
}

export async function requireService(user: SessionUser, organizationId: string, serviceId: string) {
  const row = await db.service.findFirst({
    where: { id: serviceId, ...ownedBy(user, organizationId) },
    select: {
      id: true,
      slug: true,
      // The form edits exactly the fields a revision keeps.
      ...serviceSnapshotSelect,
      version: true,
      categories: { select: { categoryId: true } },
      locations: { select: { locationId: true } },
    },
  });
  if (!row) notFound();
  const { categories, locations, ...service } = row;
  return { ...service, categoryIds: categories.map((c) => c.categoryId), locationIds: locations.map((l) => l.locationId) };
}

export type EditableService = Awaited<ReturnType<typeof requireService>>;

/** The choices of the service form: categories, and the organisation's own addresses. */
export async function serviceFormOptions(user: SessionUser, organizationId: string, locale: string) {
  const [categories, locations] = await Promise.all([
    db.category.findMany({ select: { id: true, name: true, nameEn: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    db.location.findMany({
      where: { organizations: { some: { organizationId, organization: editableOrganizations(user) } } },
      select: { id: true, name: true, address1: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return {
    categories: categories.map((c) => ({ value: c.id, label: categoryName(c, locale) })),
    locations: locations.map((l) => ({ value: l.id, label: `${l.name}, ${l.address1}` })),
  };
}
