import "server-only";
// The buurtteams of one buurt or one wijk, for a search that found nothing (issue 11, point 4):
// whatever the filters, the buurtteam is the door that is always open to a resident. As on the
// wijk page (buurtteams.ts), a team's reach is its service area: the area covers the buurt
// (or its wijk), or for a wijk the wijk itself or one of its buurten.
import { readDb } from "../db";
import { teamKind, type BuurtTeam, type TeamKind } from "./buurtteams";

export type AreaTeam = BuurtTeam & { kind: TeamKind };

/** A buurt (with its wijk) or a whole wijk, by CBS code. */
export type TeamArea = { buurtCode: string; wijkCode: string } | { wijkCode: string };

/** Sociaal teams (for adults) before the jeugd & gezin teams, each by name. */
const KIND_ORDER: Record<TeamKind, number> = { sociaal: 0, jeugdEnGezin: 1 };

export async function buurtteamsOf(area: TeamArea): Promise<AreaTeam[]> {
  const covers =
    "buurtCode" in area
      ? [{ buurtCode: area.buurtCode }, { wijkCode: area.wijkCode }]
      : [{ wijkCode: area.wijkCode }, { buurt: { wijkCode: area.wijkCode } }];
  const services = await readDb.service.findMany({
    where: {
      status: "ACTIVE",
      organization: { status: "PUBLISHED", track: "BUURTTEAM" },
      areas: { some: { OR: covers } },
    },
    select: { phone: true, organization: { select: { slug: true, name: true, phone: true } } },
    orderBy: [{ organization: { name: "asc" } }, { name: "asc" }],
  });
  const teams = new Map<string, AreaTeam>();
  for (const { phone, organization } of services) {
    if (teams.has(organization.slug)) continue;
    teams.set(organization.slug, { slug: organization.slug, name: organization.name, phone: phone ?? organization.phone, kind: teamKind(organization.slug) });
  }
  return [...teams.values()].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}
