import { describe, expect, it } from "vitest";
import { buurtteamsPerBuurt } from "@/lib/wijken/buurtteams";
import { groupHelpByTrack } from "@/lib/wijken/help-groups";
import { searchPlace, searchPoints } from "@/lib/search/points";
import { getWijkPage, listWijken } from "@/lib/wijken/queries";
import { params } from "./search/search-helpers";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();

describe("the wijk page query", () => {
  it("lists the ten wijken", async () => {
    const wijken = await listWijken();
    expect(wijken).toHaveLength(10);
    expect(wijken.find((w) => w.slug === "overvecht")?._count.buurten).toBeGreaterThan(5);
  });

  it("includes services located in the wijk and services that serve it by area", async () => {
    const page = await getWijkPage("overvecht");
    if (!page) throw new Error("Overvecht missing");
    expect(page.wijk.name).toBe("Overvecht");
    expect(page.wijk.boundary?.type).toMatch(/Polygon/);

    const byOrganisation = (slug: string) => page.services.filter((s) => s.organization.slug === slug);
    // Located: the walk-in at Taagdreef, in buurt BU03440311.
    const spreekuur = byOrganisation("formulierenspreekuur-overvecht");
    expect(spreekuur).toHaveLength(1);
    expect(spreekuur[0].locations).toHaveLength(1);
    // Serving the whole wijk by ServiceArea, without any address.
    const buren = byOrganisation("burenhulp-app-overvecht");
    expect(buren).toHaveLength(1);
    expect(buren[0].locations).toHaveLength(0);
    // Serving buurten of the wijk by ServiceArea.
    expect(byOrganisation("buurtteam-sociaal-overvecht-noord")).toHaveLength(1);
    // A buurtteam elsewhere in the city is not help in Overvecht.
    expect(byOrganisation("buurtteam-sociaal-west")).toHaveLength(0);

    const groups = groupHelpByTrack(page.services);
    // Neighbourhood help first, then the buurtteams, then specialists (the gemeente holds a
    // weekly consultation at the Overvecht-Zuid buurtteam office).
    expect(groups.map((g) => g.track)).toEqual(["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"]);
    const informal = groups.find((g) => g.track === "SOCIALE_BASIS");
    expect(informal?.organisations.find((o) => o.organisation.slug === "burenhulp-app-overvecht")?.services[0].locatedHere).toBe(false);

    // Markers (the wijk map asks /api/v1/map-points?wijk=…): one per place, a hub naming every partner there.
    const { points } = await searchPoints(params("wijk=overvecht"));
    expect(points.features.length).toBeGreaterThan(2);
    const noa = points.features.find((f) => f.properties.name.startsWith("NOA"));
    expect(noa?.properties.kind).toBe("mixed");
    // Its popup (GET /api/v1/map-points/<id>?wijk=…) names every partner there.
    const { place } = await searchPlace(params("wijk=overvecht"), noa!.id);
    expect(new Set(place?.entries.map((e) => e.organisationSlug)).size).toBeGreaterThan(1);
  });

  it("names exactly one buurtteam sociaal and one jeugd & gezin team for every buurt of Overvecht", async () => {
    const page = await getWijkPage("overvecht");
    if (!page) throw new Error("Overvecht missing");
    const buurten = await t.db.buurt.count({ where: { wijkCode: "WK034403" } });
    expect(page.buurtteams).toHaveLength(buurten);
    for (const row of page.buurtteams) {
      expect(row.sociaal, row.buurt.name).toHaveLength(1);
      expect(row.jeugdEnGezin, row.buurt.name).toHaveLength(1);
    }
    const taag = page.buurtteams.find((row) => row.buurt.code === "BU03440311");
    expect(taag?.sociaal[0].slug).toBe("buurtteam-sociaal-overvecht-zuid");
    const tigris = page.buurtteams.find((row) => row.buurt.code === "BU03440342");
    expect(tigris?.sociaal[0].slug).toBe("buurtteam-sociaal-overvecht-noord");
    expect(tigris?.jeugdEnGezin[0].slug).toBe("buurtteam-jeugd-en-gezin-overvecht");
  });

  it("counts a team serving the whole wijk for every buurt", () => {
    const rows = buurtteamsPerBuurt(
      "WK1",
      [
        { code: "BU1", name: "Een", slug: "een" },
        { code: "BU2", name: "Twee", slug: "twee" },
      ],
      [
        {
          phone: null,
          organization: { slug: "buurtteam-sociaal-x", name: "Buurtteam Sociaal X", track: "BUURTTEAM", phone: "030-1" },
          areas: [{ wijkCode: "WK1", buurtCode: null }],
        },
      ],
    );
    expect(rows.map((row) => row.sociaal.map((team) => team.phone))).toEqual([["030-1"], ["030-1"]]);
  });

  it("lists the networks active in the wijk", async () => {
    const page = await getWijkPage("overvecht");
    expect(page?.networks.map((n) => n.slug)).toContain("netwerklunch-noa-overvecht");
    expect(page?.networks.every((n) => n.members.length > 0)).toBe(true);
  });

  it("leaves out inactive services and unpublished organisations", async () => {
    await t.db.service.updateMany({
      where: { organization: { slug: "formulierenspreekuur-overvecht" } },
      data: { status: "TEMPORARILY_CLOSED" },
    });
    await t.db.organization.update({ where: { slug: "burenhulp-app-overvecht" }, data: { status: "ARCHIVED" } });
    const page = await getWijkPage("overvecht");
    const slugs = page?.services.map((s) => s.organization.slug) ?? [];
    expect(slugs).not.toContain("formulierenspreekuur-overvecht");
    expect(slugs).not.toContain("burenhulp-app-overvecht");
  });

  it("returns null for an unknown wijk", async () => {
    expect(await getWijkPage("atlantis")).toBeNull();
  });
});
