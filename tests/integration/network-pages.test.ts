// The network pages' data: every network, and per network its published members.
import { describe, expect, it } from "vitest";
import { findNetworkSummary, getNetworkPage, listNetworks } from "@/lib/network/network-queries";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();

describe("the network pages", () => {
  it("lists every network by name, with its wijk and its number of published members", async () => {
    const networks = await listNetworks();
    expect(networks).toHaveLength(await t.db.network.count());
    const names = networks.map((n) => n.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    const lunch = networks.find((n) => n.slug === "netwerklunch-noa-overvecht");
    expect(lunch?.kind).toBe("WIJK_CONSULTATION");
    expect(lunch?.wijk).toEqual({ name: "Overvecht", slug: "overvecht" });
    expect(lunch?._count.members).toBe(13);
    expect(networks.find((n) => n.slug === "armoedecoalitie-utrecht")?.wijk).toBeNull();
  });

  it("shows a network with its kind, area, rhythm, contact and members", async () => {
    const page = await getNetworkPage("geldoverleg-zuidwest");
    expect(page).not.toBeNull();
    if (!page) return;
    expect(page.name).toBe("Geldoverleg Kanaleneiland en Zuidwest");
    expect(page.kind).toBe("WIJK_CONSULTATION");
    expect(page.wijk?.slug).toBeTruthy();
    expect(page.meetingRhythm).toBe("Elke zes weken");
    expect(page.email).toBe("geldoverleg-zuidwest@example.org");
    const members = page.members.map((m) => m.organization.slug);
    expect(members).toContain("buurtteam-sociaal-kanaleneiland");
    expect(members).toContain("moskee-kanaleneiland");
    expect(members).toHaveLength(9);
  });

  it("shows only members whose listing is published", async () => {
    const slug = "moskee-kanaleneiland";
    await t.db.organization.update({ where: { slug }, data: { status: "ARCHIVED" } });
    const page = await getNetworkPage("geldoverleg-zuidwest");
    expect(page?.members.map((m) => m.organization.slug)).not.toContain(slug);
    expect(page?.members).toHaveLength(8);
    expect((await listNetworks()).find((n) => n.slug === "geldoverleg-zuidwest")?._count.members).toBe(8);
    await t.db.organization.update({ where: { slug }, data: { status: "PUBLISHED" } });
  });

  it("knows no unknown network", async () => {
    expect(await getNetworkPage("atlantis-overleg")).toBeNull();
    expect(await findNetworkSummary("atlantis-overleg")).toBeNull();
    expect((await findNetworkSummary("ketenoverleg-schuldhulp"))?.name).toBe("Ketenoverleg schuldhulp");
  });
});
