import "server-only";
import { db } from "../db";
import { lastModified, toHsdsService } from "./export";
import { serviceWhere, PUBLIC_SERVICE, type ServiceFilters } from "./filters";
import { hsdsId, isHsdsIdShape, keyFor } from "./ids";
import { pageOf, pageWindow } from "./paged";
import { HsdsNotFound } from "./respond";
import { hsdsServiceInclude } from "./service-include";

const ORDER = [{ organization: { name: "asc" } }, { name: "asc" }, { id: "asc" }] as const;

export type ServicePageOptions = ServiceFilters & { full?: boolean };

/**
 * One HSDS page (the Page object of the HSDS 3 OpenAPI) of public services. `locale`: the
 * language of the texts coordinators translate (ADR 0012); Dutch where there is no translation.
 * Nested (`full`) unless `full=false`: the first version of this export always nested, and
 * clients rely on it.
 */
export async function hsdsServicePage(page: number, perPage: number, locale = "nl", options: ServicePageOptions = {}) {
  const where = await serviceWhere(options);
  if (!where) return { ...pageOf([], 0, page, perPage), locale };
  const [total, rows] = await Promise.all([
    db.service.count({ where }),
    db.service.findMany({ where, include: hsdsServiceInclude(locale), orderBy: [...ORDER], ...pageWindow(page, perPage) }),
  ]);
  return { ...pageOf(rows.map((row) => toHsdsService(row, locale, options.full ?? true)), total, page, perPage), locale };
}

/** `minimal`: only id, name, status and last_modified of each service, for a sync to see what changed. */
export async function hsdsMinimalServicePage(page: number, perPage: number, filters: ServiceFilters = {}) {
  const where = await serviceWhere(filters);
  if (!where) return pageOf([], 0, page, perPage);
  const [total, rows] = await Promise.all([
    db.service.count({ where }),
    db.service.findMany({
      where,
      select: { id: true, name: true, updatedAt: true, organization: { select: { updatedAt: true } }, locations: { select: { location: { select: { updatedAt: true } } } } },
      orderBy: [...ORDER],
      ...pageWindow(page, perPage),
    }),
  ]);
  return pageOf(rows.map((row) => ({ id: hsdsId("service", row.id), name: row.name, status: "active", last_modified: lastModified(row) })), total, page, perPage);
}

/** Our key of a public service behind an HSDS id; reads only the keys. */
export async function publicServiceKey(id: string): Promise<string | null> {
  if (!isHsdsIdShape(id)) return null;
  const keys = await db.service.findMany({ where: PUBLIC_SERVICE, select: { id: true } });
  return keyFor("service", id, keys.map((k) => k.id));
}

/** One public service, fully nested; HsdsNotFound for an unknown or unpublished one. */
export async function hsdsService(id: string, locale = "nl") {
  const key = await publicServiceKey(id);
  const row = key ? await db.service.findFirst({ where: { ...PUBLIC_SERVICE, id: key }, include: hsdsServiceInclude(locale) }) : null;
  if (!row) throw new HsdsNotFound("service");
  return toHsdsService(row, locale);
}
