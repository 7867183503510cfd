import "server-only";
import { networkSummarySelect } from "../networks/select";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { parseAreaGeometry } from "../geo/geometry";
import { buurtteamsPerBuurt } from "./buurtteams";

/** The ten wijken for the index page, in alphabetical order. */
export async function listWijken() {
  return db.wijk.findMany({
    orderBy: { name: "asc" },
    select: { code: true, name: true, slug: true, _count: { select: { buurten: true } } },
  });
}

export type WijkListItem = Awaited<ReturnType<typeof listWijken>>[number];

/** Name only: for the page title and the segment layout's existence check, shared per request. */
export const findWijkSummary = cache(async (slug: string) =>
  db.wijk.findUnique({ where: { slug }, select: { code: true, name: true } }),
);

function wijkServiceSelect(wijkCode: string) {
  return {
    id: true,
    slug: true,
    name: true,
    description: true,
    accessModes: true,
    noRegistration: true,
    isFree: true,
    capacity: true,
    phone: true,
    organization: { select: { id: true, slug: true, name: true, kind: true, track: true, phone: true } },
    categories: {
      select: { category: { select: { slug: true, name: true, nameEn: true, sortOrder: true } } },
      orderBy: { category: { sortOrder: "asc" } },
    },
    // Only the places inside this wijk: those are the markers on its map.
    locations: {
      where: { location: { buurt: { wijkCode } } },
      select: {
        location: {
          select: { id: true, name: true, address1: true, postalCode: true, city: true, latitude: true, longitude: true },
        },
      },
    },
    areas: { select: { wijkCode: true, buurtCode: true, buurt: { select: { wijkCode: true } } } },
  } satisfies Prisma.ServiceSelect;
}

/**
 * Everything the wijk page shows, or null for an unknown slug. "Help in the wijk" is every
 * active service of a published organisation that is held at a location in the wijk or
 * that serves it by ServiceArea, for the whole wijk or for one of its buurten. Services
 * without any area serve the whole city; they are on the map page, not repeated here.
 */
export async function getWijkPage(slug: string) {
  const wijk = await db.wijk.findUnique({
    where: { slug },
    select: {
      code: true,
      name: true,
      slug: true,
      centroidLat: true,
      centroidLng: true,
      boundary: true,
      buurten: { orderBy: { name: "asc" }, select: { code: true, name: true, slug: true } },
    },
  });
  if (!wijk) return null;

  const [services, networks] = await Promise.all([
    db.service.findMany({
      where: {
        status: "ACTIVE",
        organization: { status: "PUBLISHED" },
        OR: [
          { locations: { some: { location: { buurt: { wijkCode: wijk.code } } } } },
          { areas: { some: { wijkCode: wijk.code } } },
          { areas: { some: { buurt: { wijkCode: wijk.code } } } },
        ],
      },
      orderBy: [{ organization: { name: "asc" } }, { name: "asc" }],
      select: wijkServiceSelect(wijk.code),
    }),
    db.network.findMany({
      where: { wijkCode: wijk.code },
      orderBy: { name: "asc" },
      select: {
        ...networkSummarySelect,
        members: {
          where: { organization: { status: "PUBLISHED" } },
          orderBy: { organization: { name: "asc" } },
          select: { organization: { select: { slug: true, name: true } } },
        },
      },
    }),
  ]);

  const { boundary, ...rest } = wijk;
  return {
    wijk: { ...rest, boundary: parseAreaGeometry(boundary) },
    services,
    buurtteams: buurtteamsPerBuurt(wijk.code, wijk.buurten, services),
    networks,
  };
}

export type WijkPageData = NonNullable<Awaited<ReturnType<typeof getWijkPage>>>;
export type WijkService = WijkPageData["services"][number];
export type WijkNetwork = WijkPageData["networks"][number];
