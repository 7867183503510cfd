import "server-only";
// The wijk page, paged: at the size of the Netherlands a wijk has thousands of services, and
// the page must stay light (one page of help, ~150 kB at most) without JavaScript too. The
// buurtteams and networks are few and always shown whole; the map loads its places from the
// API (GET /api/v1/map-points?wijk=…) after the page is on screen.
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { parseAreaGeometry } from "../geo/geometry";
import { networkSummarySelect } from "../networks/select";
import { buurtteamsPerBuurt } from "./buurtteams";

export const WIJK_HELP_PER_PAGE = 20;

/**
 * "Help in the wijk", as on the unpaged page (queries.ts): every active service of a
 * published organisation held at a location in the wijk or serving it by ServiceArea.
 */
function helpInWijk(wijkCode: string) {
  return {
    status: "ACTIVE",
    organization: { status: "PUBLISHED" },
    OR: [
      { locations: { some: { location: { buurt: { wijkCode } } } } },
      { areas: { some: { wijkCode } } },
      { areas: { some: { buurt: { wijkCode } } } },
    ],
  } satisfies Prisma.ServiceWhereInput;
}

/** Only what the help list shows. */
function helpSelect(wijkCode: string) {
  return {
    id: true,
    name: true,
    accessModes: true,
    noRegistration: true,
    organization: { select: { id: true, slug: true, name: true, kind: true, track: true } },
    // Only places inside the wijk: any one means "you can go here in the wijk".
    locations: { where: { location: { buurt: { wijkCode } } }, select: { locationId: true }, take: 1 },
  } satisfies Prisma.ServiceSelect;
}

/** `requestedPage` beyond the last page shows the last page. Null for an unknown slug. */
export async function getWijkHelpPage(slug: string, requestedPage: number) {
  const wijk = await db.wijk.findUnique({
    where: { slug },
    select: {
      code: true,
      name: true,
      slug: true,
      boundary: true,
      buurten: { orderBy: { name: "asc" }, select: { code: true, name: true, slug: true } },
    },
  });
  if (!wijk) return null;
  const where = helpInWijk(wijk.code);

  const [total, teams, networks] = await Promise.all([
    db.service.count({ where }),
    db.service.findMany({
      where: { ...where, organization: { status: "PUBLISHED", track: "BUURTTEAM" } },
      orderBy: [{ organization: { name: "asc" } }, { name: "asc" }],
      select: { phone: true, organization: { select: { slug: true, name: true, track: true, phone: true } }, areas: { select: { wijkCode: true, buurtCode: true } } },
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
  const pages = Math.max(1, Math.ceil(total / WIJK_HELP_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), pages);
  // Track first (the enum's order is the page's order of sections), so a section continues
  // on the next page instead of appearing again further down.
  const services = await db.service.findMany({
    where,
    orderBy: [{ organization: { track: "asc" } }, { organization: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
    skip: (page - 1) * WIJK_HELP_PER_PAGE,
    take: WIJK_HELP_PER_PAGE,
    select: helpSelect(wijk.code),
  });

  const { boundary, buurten, ...rest } = wijk;
  return {
    wijk: { ...rest, boundary: parseAreaGeometry(boundary) },
    services,
    total,
    page,
    pages,
    buurtteams: buurtteamsPerBuurt(wijk.code, buurten, teams),
    networks,
  };
}

export type WijkHelpPageData = NonNullable<Awaited<ReturnType<typeof getWijkHelpPage>>>;
export type WijkHelpService = WijkHelpPageData["services"][number];
