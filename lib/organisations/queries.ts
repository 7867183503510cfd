import "server-only";
import { db } from "../db";

/** Published organisations with the places they work from, for the map and the list. */
export async function listPublishedOrganisations() {
  return db.organization.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { name: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      track: true,
      description: true,
      exampleData: true,
      locations: {
        select: {
          location: {
            select: { id: true, name: true, address1: true, postalCode: true, city: true, latitude: true, longitude: true },
          },
        },
      },
    },
  });
}

export type PublishedOrganisation = Awaited<ReturnType<typeof listPublishedOrganisations>>[number];
