// The network view's data: only PUBLISHED organisations and CONFIRMED links, and the wijk,
// network and formal/informal filters.
import { describe, expect, it } from "vitest";
import { getNetworkGraph, MAX_DRAWN_WITH_UNLINKED, type GraphFilters, type NetworkGraph } from "@/lib/network/graph-queries";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();

const ALL: GraphFilters = { wijkCode: null, networkSlug: null, kind: null };
const OVERVECHT = "WK034403";

const slugs = (graph: NetworkGraph) => graph.organisations.map((o) => o.slug);

/** Every drawn link connects two drawn organisations. */
function expectClosed(graph: NetworkGraph) {
  const drawn = new Set(graph.organisations.map((o) => o.id));
  for (const link of graph.links) {
    expect(drawn.has(link.fromOrganization.id), link.fromOrganization.slug).toBe(true);
    expect(drawn.has(link.toOrganization.id), link.toOrganization.slug).toBe(true);
  }
}

async function linkBetween(from: string, to: string) {
  return t.db.referralLink.findFirstOrThrow({ where: { fromOrganization: { slug: from }, toOrganization: { slug: to } } });
}

describe("the network graph", () => {
  it("shows every confirmed link between published organisations, and no proposals", async () => {
    const graph = await getNetworkGraph(ALL);
    const confirmed = await t.db.referralLink.count({
      where: { status: "CONFIRMED", fromOrganization: { status: "PUBLISHED" }, toOrganization: { status: "PUBLISHED" } },
    });
    expect(confirmed).toBeGreaterThan(20);
    expect(graph.links).toHaveLength(confirmed);

    const proposed = await t.db.referralLink.findMany({ where: { status: "PROPOSED" }, select: { id: true } });
    expect(proposed.length).toBeGreaterThan(0);
    const shown = new Set(graph.links.map((l) => l.id));
    for (const { id } of proposed) expect(shown.has(id)).toBe(false);
    expectClosed(graph);
  });

  it("leaves organisations without links out of the full drawing, and counts them", async () => {
    const graph = await getNetworkGraph(ALL);
    const published = await t.db.organization.count({ where: { status: "PUBLISHED" } });
    expect(published).toBeGreaterThan(MAX_DRAWN_WITH_UNLINKED);
    expect(graph.matchingCount).toBe(published);
    const linked = new Set(graph.links.flatMap((l) => [l.fromOrganization.id, l.toOrganization.id]));
    expect(graph.organisations.every((o) => linked.has(o.id))).toBe(true);
    expect(graph.organisations).toHaveLength(linked.size);
    expect(graph.hiddenCount).toBe(published - linked.size);
    expect(graph.hiddenCount).toBeGreaterThan(0);
  });

  it("never shows the professional contact of a link", async () => {
    const graph = await getNetworkGraph(ALL);
    for (const link of graph.links) expect(Object.keys(link)).not.toContain("professionalContact");
  });

  it("drops a link as soon as it is no longer confirmed", async () => {
    const link = await linkBetween("inloop-geld-en-post-zuilen", "buurtteam-sociaal-zuilen");
    expect(link.status).toBe("CONFIRMED");
    expect((await getNetworkGraph(ALL)).links.map((l) => l.id)).toContain(link.id);
    for (const status of ["ENDED", "DECLINED", "PROPOSED"] as const) {
      await t.db.referralLink.update({ where: { id: link.id }, data: { status } });
      expect((await getNetworkGraph(ALL)).links.map((l) => l.id), status).not.toContain(link.id);
    }
    await t.db.referralLink.update({ where: { id: link.id }, data: { status: "CONFIRMED" } });
  });

  it("drops an organisation and all its links when its listing is not published", async () => {
    const slug = "formulierenspreekuur-overvecht";
    expect(slugs(await getNetworkGraph(ALL))).toContain(slug);
    for (const status of ["DRAFT", "PENDING", "REJECTED", "ARCHIVED"] as const) {
      await t.db.organization.update({ where: { slug }, data: { status } });
      for (const filters of [ALL, { ...ALL, wijkCode: OVERVECHT }, { ...ALL, networkSlug: "netwerklunch-noa-overvecht" }]) {
        const graph = await getNetworkGraph(filters);
        expect(slugs(graph), status).not.toContain(slug);
        expect(graph.links.some((l) => l.fromOrganization.slug === slug || l.toOrganization.slug === slug), status).toBe(false);
      }
    }
    await t.db.organization.update({ where: { slug }, data: { status: "PUBLISHED" } });
  });
});

describe("the network filters", () => {
  it("a wijk: organisations with an address there or help for it, and the links between them", async () => {
    const graph = await getNetworkGraph({ ...ALL, wijkCode: OVERVECHT });
    const shown = slugs(graph);
    // An address in Overvecht (Taagdreef).
    expect(shown).toContain("formulierenspreekuur-overvecht");
    // No address, but a service for the whole wijk.
    expect(shown).toContain("burenhulp-app-overvecht");
    // Serves buurten of Overvecht.
    expect(shown).toContain("buurtteam-sociaal-overvecht-zuid");
    // Elsewhere in the city.
    expect(shown).not.toContain("buurtteam-sociaal-west");
    expect(shown).not.toContain("inloop-geld-en-post-zuilen");
    // A small selection shows everyone, linked or not.
    expect(graph.matchingCount).toBeLessThanOrEqual(MAX_DRAWN_WITH_UNLINKED);
    expect(graph.hiddenCount).toBe(0);
    const link = await linkBetween("formulierenspreekuur-overvecht", "buurtteam-sociaal-overvecht-zuid");
    expect(graph.links.map((l) => l.id)).toContain(link.id);
    expectClosed(graph);
  });

  it("a network: its members only", async () => {
    const graph = await getNetworkGraph({ ...ALL, networkSlug: "ketenoverleg-schuldhulp" });
    const members = await t.db.networkMember.findMany({
      where: { network: { slug: "ketenoverleg-schuldhulp" }, organization: { status: "PUBLISHED" } },
      select: { organization: { select: { slug: true } } },
    });
    expect(slugs(graph).sort()).toEqual(members.map((m) => m.organization.slug).sort());
    expect(slugs(graph)).toContain("gemeente-utrecht-schulddienstverlening");
    expect(slugs(graph)).not.toContain("voedselbank-utrecht");
    const link = await linkBetween("buurtteam-sociaal-kanaleneiland", "gemeente-utrecht-schulddienstverlening");
    expect(graph.links.map((l) => l.id)).toContain(link.id);
    expectClosed(graph);
  });

  it("formal or informal: only that kind, and only links among them", async () => {
    const formal = await getNetworkGraph({ ...ALL, kind: "FORMAL" });
    const informal = await getNetworkGraph({ ...ALL, kind: "INFORMAL" });
    expect(formal.organisations.length).toBeGreaterThan(0);
    expect(informal.organisations.length).toBeGreaterThan(0);
    expect(formal.organisations.every((o) => o.kind === "FORMAL")).toBe(true);
    expect(informal.organisations.every((o) => o.kind === "INFORMAL")).toBe(true);
    expectClosed(formal);
    expectClosed(informal);
    // A link from an informal walk-in to a buurtteam crosses the line, so it is in neither.
    const crossing = await linkBetween("inloop-geld-en-post-zuilen", "buurtteam-sociaal-zuilen");
    expect(formal.links.map((l) => l.id)).not.toContain(crossing.id);
    expect(informal.links.map((l) => l.id)).not.toContain(crossing.id);
  });

  it("filters combine", async () => {
    const graph = await getNetworkGraph({ wijkCode: OVERVECHT, networkSlug: "netwerklunch-noa-overvecht", kind: "INFORMAL" });
    expect(graph.organisations.length).toBeGreaterThan(0);
    expect(graph.organisations.every((o) => o.kind === "INFORMAL")).toBe(true);
    expect(slugs(graph)).toContain("formulierenspreekuur-overvecht");
    expect(slugs(graph)).not.toContain("buurtteam-sociaal-overvecht-zuid");
    // Formal partners of the lunch, such as the buurtteams, stay out.
    const formalMembers = await t.db.organization.findMany({
      where: { kind: "FORMAL", networks: { some: { network: { slug: "netwerklunch-noa-overvecht" } } } },
      select: { slug: true },
    });
    expect(formalMembers.length).toBeGreaterThan(0);
    for (const { slug } of formalMembers) expect(slugs(graph)).not.toContain(slug);
  });

  it("a network without published members shows nothing", async () => {
    const graph = await getNetworkGraph({ ...ALL, networkSlug: "bestaat-niet" });
    expect(graph.organisations).toEqual([]);
    expect(graph.links).toEqual([]);
  });
});
