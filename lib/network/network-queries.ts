import "server-only";
import { cache } from "react";
import { db } from "../db";
import { networkSummarySelect } from "../networks/select";

// Networks (alliances, coalitions, wijk consultations, platforms) for their public pages.
// Networks themselves have no listing status; their members are shown only when the member's
// own listing is PUBLISHED.

const publishedMember = { organization: { status: "PUBLISHED" } } as const;

/** Every network, by name, with its wijk and how many published members it has. */
export async function listNetworks() {
  return db.network.findMany({
    orderBy: { name: "asc" },
    select: {
      ...networkSummarySelect,
      wijk: { select: { name: true, slug: true } },
      _count: { select: { members: { where: publishedMember } } },
    },
  });
}

export type NetworkListItem = Awaited<ReturnType<typeof listNetworks>>[number];

/** Name and description only: for the title and the segment layout's 404 check, shared per request. */
export const findNetworkSummary = cache(async (slug: string) =>
  db.network.findUnique({ where: { slug }, select: { name: true, description: true } }),
);

/** The network page, or null for an unknown slug. */
export async function getNetworkPage(slug: string) {
  return db.network.findUnique({
    where: { slug },
    select: {
      ...networkSummarySelect,
      wijk: { select: { name: true, slug: true } },
      members: {
        where: publishedMember,
        orderBy: { organization: { name: "asc" } },
        select: { role: true, organization: { select: { slug: true, name: true, kind: true, track: true } } },
      },
    },
  });
}

export type NetworkPageData = NonNullable<Awaited<ReturnType<typeof getNetworkPage>>>;
