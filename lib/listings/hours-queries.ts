import "server-only";
// Reading a service's hours, exceptions and areas for the management pages. Every query
// carries the user's ownership condition, so a page for someone else's service finds
// nothing (and shows 404). Also the organisation id of the URL must match the service.
import { notFound } from "next/navigation";
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";
import { parseAreaGeometry, type AreaGeometry } from "../geo/geometry";
import { amsterdamToday } from "./exception-dates";

export async function getEditableServiceHours(user: SessionUser, organisationId: string, serviceId: string, now: Date = new Date()) {
  return db.service.findFirst({
    where: { id: serviceId, organizationId: organisationId, organization: editableOrganizations(user) },
    select: {
      id: true,
      name: true,
      version: true,
      organizationId: true,
      locations: {
        orderBy: { location: { name: "asc" } },
        select: {
          id: true,
          location: { select: { id: true, name: true, address1: true, postalCode: true, city: true } },
          schedules: { orderBy: [{ byDay: "asc" }, { opensAt: "asc" }], select: { id: true, freq: true, byDay: true, weekOfMonth: true, opensAt: true, closesAt: true, validFrom: true, validTo: true, description: true } },
          // Past exceptions are history (see the history page); the ones running or ahead matter.
          exceptions: {
            where: { endDate: { gte: amsterdamToday(now) } },
            orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
            select: { id: true, startDate: true, endDate: true, kind: true, opensAt: true, closesAt: true, reason: true },
          },
        },
      },
    },
  });
}

export type EditableServiceHours = NonNullable<Awaited<ReturnType<typeof getEditableServiceHours>>>;
export type EditableServiceAtLocation = EditableServiceHours["locations"][number];

export async function requireEditableServiceHours(user: SessionUser, organisationId: string, serviceId: string, now?: Date): Promise<EditableServiceHours> {
  const service = await getEditableServiceHours(user, organisationId, serviceId, now);
  if (!service) notFound();
  return service;
}

export async function getEditableServiceAreas(user: SessionUser, organisationId: string, serviceId: string) {
  return db.service.findFirst({
    where: { id: serviceId, organizationId: organisationId, organization: editableOrganizations(user) },
    select: { id: true, name: true, version: true, organizationId: true, areas: { select: { wijkCode: true, buurtCode: true } } },
  });
}

export type EditableServiceAreas = NonNullable<Awaited<ReturnType<typeof getEditableServiceAreas>>>;

export async function requireEditableServiceAreas(user: SessionUser, organisationId: string, serviceId: string): Promise<EditableServiceAreas> {
  const service = await getEditableServiceAreas(user, organisationId, serviceId);
  if (!service) notFound();
  return service;
}

export type AreaBuurt = { code: string; name: string; lat: number; lng: number; boundary: AreaGeometry | null };
export type AreaWijk = AreaBuurt & { buurten: AreaBuurt[] };

/** The ten wijken with their buurten, in CBS order, with boundaries where imported (for the map). */
export async function listWijkenWithBuurten(): Promise<AreaWijk[]> {
  const wijken = await db.wijk.findMany({
    orderBy: { code: "asc" },
    select: {
      code: true,
      name: true,
      centroidLat: true,
      centroidLng: true,
      boundary: true,
      buurten: { orderBy: { code: "asc" }, select: { code: true, name: true, centroidLat: true, centroidLng: true, boundary: true } },
    },
  });
  const area = (row: { code: string; name: string; centroidLat: number; centroidLng: number; boundary: unknown }): AreaBuurt => ({
    code: row.code,
    name: row.name,
    lat: row.centroidLat,
    lng: row.centroidLng,
    boundary: parseAreaGeometry(row.boundary),
  });
  return wijken.map((wijk) => ({ ...area(wijk), buurten: wijk.buurten.map(area) }));
}
