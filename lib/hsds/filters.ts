import "server-only";
// The filters HSDA lists share (taxonomy_term_id, taxonomy_id, organization_id,
// modified_after, search) as a Prisma where on services. An id that names nothing of ours
// matches nothing: null, and the caller answers an empty page without querying further.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { isHsdsIdShape, keyFor } from "./ids";
import { ACCESS_TAXONOMY, fixedTermTarget, PHASE_TAXONOMY, taxonomyId } from "./taxonomies";

/** What the public sees: active services of published organisations (as the map and export). */
export const PUBLIC_SERVICE = { status: "ACTIVE", organization: { status: "PUBLISHED" } } as const satisfies Prisma.ServiceWhereInput;

export type ServiceFilters = {
  search?: string;
  taxonomy_term_id?: string;
  taxonomy_id?: string;
  organization_id?: string;
  modified_after?: Date;
};

async function termWhere(id: string): Promise<Prisma.ServiceWhereInput | null> {
  if (!isHsdsIdShape(id)) return null;
  const fixed = fixedTermTarget(id);
  if (fixed?.kind === "phase") return { phases: { has: fixed.phase } };
  if (fixed?.kind === "access") return { accessModes: { has: fixed.mode } };
  // Categories are a small reference table: their keys, hashed, find the one asked for.
  const categories = await db.category.findMany({ select: { id: true } });
  const key = keyFor("taxonomy_term", id, categories.map((c) => c.id));
  return key ? { categories: { some: { categoryId: key } } } : null;
}

async function taxonomyWhere(id: string): Promise<Prisma.ServiceWhereInput | null> {
  if (!isHsdsIdShape(id)) return null;
  if (id === taxonomyId(PHASE_TAXONOMY)) return { phases: { isEmpty: false } };
  if (id === taxonomyId(ACCESS_TAXONOMY)) return { accessModes: { isEmpty: false } };
  const names = await db.category.findMany({ select: { taxonomy: true }, distinct: ["taxonomy"] });
  const name = names.map((n) => n.taxonomy).find((taxonomy) => taxonomyId(taxonomy) === id);
  return name ? { categories: { some: { category: { taxonomy: name } } } } : null;
}

/** Our key of a published organisation behind an HSDS id; reads only the keys. */
export async function publishedOrganizationKey(id: string): Promise<string | null> {
  if (!isHsdsIdShape(id)) return null;
  const keys = await db.organization.findMany({ where: { status: "PUBLISHED" }, select: { id: true } });
  return keyFor("organization", id, keys.map((k) => k.id));
}

export function searchWhere(search: string): Prisma.ServiceWhereInput {
  const contains = { contains: search, mode: "insensitive" } as const;
  return { OR: [{ name: contains }, { description: contains }, { organization: { name: contains } }] };
}

/** Changed on or after `after`: the service, its organisation or one of its locations. */
export function modifiedWhere(after: Date): Prisma.ServiceWhereInput {
  return {
    OR: [
      { updatedAt: { gte: after } },
      { organization: { updatedAt: { gte: after } } },
      { locations: { some: { location: { updatedAt: { gte: after } } } } },
    ],
  };
}

export async function serviceWhere(filters: ServiceFilters): Promise<Prisma.ServiceWhereInput | null> {
  const parts: Prisma.ServiceWhereInput[] = [PUBLIC_SERVICE];
  if (filters.search) parts.push(searchWhere(filters.search));
  if (filters.modified_after) parts.push(modifiedWhere(filters.modified_after));
  if (filters.taxonomy_term_id) {
    const where = await termWhere(filters.taxonomy_term_id);
    if (!where) return null;
    parts.push(where);
  }
  if (filters.taxonomy_id) {
    const where = await taxonomyWhere(filters.taxonomy_id);
    if (!where) return null;
    parts.push(where);
  }
  if (filters.organization_id) {
    const key = await publishedOrganizationKey(filters.organization_id);
    if (!key) return null;
    parts.push({ organizationId: key });
  }
  return { AND: parts };
}
