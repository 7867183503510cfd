import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { OrganizationKind } from "../generated/prisma/enums";

// The data of the network view. Only PUBLISHED organisations and CONFIRMED referral links:
// a proposal between two coordinators is not yet something a worker can rely on, and a draft
// or archived listing is not public. `professionalContact` is never selected here.

export type GraphFilters = {
  /** CBS code of the wijk, already checked against the known wijken. */
  wijkCode: string | null;
  networkSlug: string | null;
  kind: OrganizationKind | null;
};

/**
 * Unlinked organisations are left out of the drawing when there are more than this many in the
 * selection: 70 boxes do not fit on a screen, and the ones without links say nothing about the
 * network. A smaller selection (one network, one wijk) shows everyone, linked or not.
 */
export const MAX_DRAWN_WITH_UNLINKED = 30;

/** Published organisations in the wijk (an address there or a service for it), the network and of the kind chosen. */
export function organisationFilter({ wijkCode, networkSlug, kind }: GraphFilters): Prisma.OrganizationWhereInput {
  const conditions: Prisma.OrganizationWhereInput[] = [{ status: "PUBLISHED" }];
  if (kind) conditions.push({ kind });
  if (networkSlug) conditions.push({ networks: { some: { network: { slug: networkSlug } } } });
  if (wijkCode) {
    conditions.push({
      OR: [
        { locations: { some: { location: { buurt: { wijkCode } } } } },
        {
          services: {
            some: {
              status: { not: "INACTIVE" },
              OR: [{ areas: { some: { wijkCode } } }, { areas: { some: { buurt: { wijkCode } } } }, { locations: { some: { location: { buurt: { wijkCode } } } } }],
            },
          },
        },
      ],
    });
  }
  return { AND: conditions };
}

export async function getNetworkGraph(filters: GraphFilters) {
  const where = organisationFilter(filters);
  const [organisations, links] = await Promise.all([
    db.organization.findMany({
      where,
      orderBy: { name: "asc" },
      select: { id: true, slug: true, name: true, kind: true, track: true },
    }),
    // A link is shown when both ends are in the selection: "formal only" shows links between
    // formal organisations, a wijk the links between the organisations working there.
    db.referralLink.findMany({
      where: { status: "CONFIRMED", fromOrganization: where, toOrganization: where },
      orderBy: [{ fromOrganization: { name: "asc" } }, { toOrganization: { name: "asc" } }, { kind: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        whenToRefer: true,
        fromOrganization: { select: { id: true, slug: true, name: true } },
        toOrganization: { select: { id: true, slug: true, name: true } },
        fromService: { select: { name: true } },
        toService: { select: { name: true } },
      },
    }),
  ]);

  const linked = new Set(links.flatMap((link) => [link.fromOrganization.id, link.toOrganization.id]));
  const drawAll = organisations.length <= MAX_DRAWN_WITH_UNLINKED;
  const drawn = organisations.filter((organisation) => drawAll || linked.has(organisation.id));
  return { organisations: drawn, links, hiddenCount: organisations.length - drawn.length, matchingCount: organisations.length };
}

export type NetworkGraph = Awaited<ReturnType<typeof getNetworkGraph>>;
export type GraphOrganisation = NetworkGraph["organisations"][number];
export type GraphLink = NetworkGraph["links"][number];
