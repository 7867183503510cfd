import "server-only";
// GET /api/hsds/service_at_locations and /service_at_locations/{id}: each public service at
// each of its locations. The list gives the one-to-one fields unless `full`; one is always full
// (schedules and location), with the service's one-to-one fields added as `service`.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { toHsdsService, toHsdsServiceAtLocation } from "./export";
import { PUBLIC_SERVICE, serviceWhere, type ServiceFilters } from "./filters";
import { isHsdsIdShape, keyFor } from "./ids";
import { pageOf, pageWindow } from "./paged";
import { HsdsNotFound } from "./respond";
import { hsdsServiceInclude } from "./service-include";

function salInclude(locale: string) {
  const translations = { where: { locale } };
  return { location: { include: { translations } }, schedules: { orderBy: [{ byDay: "asc" }, { opensAt: "asc" }] } } satisfies Prisma.ServiceAtLocationInclude;
}

export async function hsdsServiceAtLocationPage(page: number, perPage: number, locale: string, options: ServiceFilters & { full?: boolean }) {
  const { modified_after: after, ...serviceFilters } = options;
  const service = await serviceWhere(serviceFilters);
  if (!service) return pageOf([], 0, page, perPage);
  const parts: Prisma.ServiceAtLocationWhereInput[] = [{ service }];
  if (after) {
    parts.push({
      OR: [{ location: { updatedAt: { gte: after } } }, { service: { updatedAt: { gte: after } } }, { service: { organization: { updatedAt: { gte: after } } } }],
    });
  }
  const where = { AND: parts };
  const [total, rows] = await Promise.all([
    db.serviceAtLocation.count({ where }),
    db.serviceAtLocation.findMany({
      where,
      include: salInclude(locale),
      orderBy: [{ service: { organization: { name: "asc" } } }, { service: { name: "asc" } }, { location: { name: "asc" } }, { id: "asc" }],
      ...pageWindow(page, perPage),
    }),
  ]);
  return pageOf(rows.map((row) => toHsdsServiceAtLocation(row, row.serviceId, locale, options.full ?? false)), total, page, perPage);
}

export async function hsdsServiceAtLocation(id: string, locale: string) {
  if (!isHsdsIdShape(id)) throw new HsdsNotFound("service_at_location");
  const keys = await db.serviceAtLocation.findMany({ where: { service: PUBLIC_SERVICE }, select: { id: true } });
  const key = keyFor("service_at_location", id, keys.map((k) => k.id));
  const row = key
    ? await db.serviceAtLocation.findFirst({
        where: { id: key, service: PUBLIC_SERVICE },
        include: { ...salInclude(locale), service: { include: hsdsServiceInclude(locale) } },
      })
    : null;
  if (!row) throw new HsdsNotFound("service_at_location");
  return { ...toHsdsServiceAtLocation(row, row.serviceId, locale), service: toHsdsService(row.service, locale, false) };
}
