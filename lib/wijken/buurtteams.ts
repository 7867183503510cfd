// Which buurtteam serves which buurt. A buurtteam's reach is its service area, not the
// address of its office (the Overvecht-Noord team may sit just outside the buurten it serves).

export type TeamKind = "sociaal" | "jeugdEnGezin";

export type BuurtTeam = { slug: string; name: string; phone: string | null };

export type BuurtTeamRow = {
  buurt: { code: string; name: string; slug: string };
  sociaal: BuurtTeam[];
  jeugdEnGezin: BuurtTeam[];
};

type TeamService = {
  phone: string | null;
  organization: { slug: string; name: string; track: string; phone: string | null };
  areas: { wijkCode: string | null; buurtCode: string | null }[];
};

/**
 * The data model has no field for the two kinds of buurtteam; Utrecht names them
 * consistently ("Buurtteam Jeugd & Gezin …", slug "buurtteam-jeugd-en-gezin-…"), so the
 * slug decides. Every other buurtteam counts as sociaal, the team for adults.
 */
export function teamKind(organisationSlug: string): TeamKind {
  return organisationSlug.includes("jeugd") ? "jeugdEnGezin" : "sociaal";
}

function addTeam(list: BuurtTeam[], team: BuurtTeam) {
  if (!list.some((existing) => existing.slug === team.slug)) list.push(team);
}

/** One row per buurt of the wijk, with the teams whose service area covers the buurt or the whole wijk. */
export function buurtteamsPerBuurt(
  wijkCode: string,
  buurten: readonly { code: string; name: string; slug: string }[],
  services: readonly TeamService[],
): BuurtTeamRow[] {
  const teamServices = services.filter((service) => service.organization.track === "BUURTTEAM");
  return buurten.map((buurt) => {
    const row: BuurtTeamRow = { buurt, sociaal: [], jeugdEnGezin: [] };
    for (const service of teamServices) {
      const covers = service.areas.some((area) => area.buurtCode === buurt.code || area.wijkCode === wijkCode);
      if (!covers) continue;
      const { slug, name, phone } = service.organization;
      addTeam(row[teamKind(slug)], { slug, name, phone: service.phone ?? phone });
    }
    return row;
  });
}
