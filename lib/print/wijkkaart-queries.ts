import "server-only";
import { db } from "../db";
import { dbDateOf } from "../organisations/detail-queries";
import { getWijkPage } from "../wijken/queries";

/**
 * The wijk page's data plus the hours of every service held at a place in the wijk: the
 * wijkkaart shows walk-in times, which the wijk page itself leaves to the listings.
 * Null for an unknown wijk.
 */
export async function getWijkkaartData(slug: string, now: Date) {
  const page = await getWijkPage(slug);
  if (!page) return null;
  const places = await db.serviceAtLocation.findMany({
    where: {
      location: { buurt: { wijkCode: page.wijk.code } },
      service: { status: "ACTIVE", organization: { status: "PUBLISHED" } },
    },
    orderBy: [{ service: { organization: { name: "asc" } } }, { location: { name: "asc" } }, { service: { name: "asc" } }],
    select: {
      location: { select: { id: true, name: true, address1: true, postalCode: true, city: true } },
      schedules: {
        select: { freq: true, byDay: true, weekOfMonth: true, opensAt: true, closesAt: true, validFrom: true, validTo: true, description: true },
      },
      exceptions: {
        where: { endDate: { gte: dbDateOf(now) } },
        orderBy: { startDate: "asc" },
        select: { startDate: true, endDate: true, kind: true, opensAt: true, closesAt: true, reason: true },
      },
      service: {
        select: { name: true, phone: true, organization: { select: { slug: true, name: true, kind: true, track: true, phone: true } } },
      },
    },
  });
  return { ...page, places };
}

export type WijkkaartData = NonNullable<Awaited<ReturnType<typeof getWijkkaartData>>>;
