import { describe, expect, it } from "vitest";
import { getWijkHelpPage, WIJK_HELP_PER_PAGE } from "@/lib/wijken/help-page";
import { getWijkPage } from "@/lib/wijken/queries";
import { withTestDatabase } from "./support/test-database";

withTestDatabase();

const TRACKS = ["SOCIALE_BASIS", "BUURTTEAM", "SPECIALIST"];

describe("the paged wijk page query", () => {
  it("pages the same help as the whole page, each service once, track by track", async () => {
    const whole = await getWijkPage("binnenstad");
    if (!whole) throw new Error("Binnenstad missing");
    const first = await getWijkHelpPage("binnenstad", 1);
    if (!first) throw new Error("Binnenstad missing");
    expect(first.total).toBe(whole.services.length);
    expect(first.total).toBeGreaterThan(WIJK_HELP_PER_PAGE);
    expect(first.pages).toBe(Math.ceil(first.total / WIJK_HELP_PER_PAGE));
    expect(first.services).toHaveLength(WIJK_HELP_PER_PAGE);

    const all = [...first.services];
    for (let page = 2; page <= first.pages; page++) all.push(...(await getWijkHelpPage("binnenstad", page))!.services);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
    expect(new Set(all.map((s) => s.id))).toEqual(new Set(whole.services.map((s) => s.id)));
    // Sections never come back on a later page.
    const tracks = all.map((s) => TRACKS.indexOf(s.organization.track));
    expect(tracks).toEqual([...tracks].sort((a, b) => a - b));
    // "Located here" as on the whole page.
    const locatedWhole = new Map(whole.services.map((s) => [s.id, s.locations.length > 0]));
    for (const service of all) expect(service.locations.length > 0, service.name).toBe(locatedWhole.get(service.id));
  });

  it("shows every buurtteam and network on each page, and the last page for a page past the end", async () => {
    const whole = await getWijkPage("overvecht");
    const page = await getWijkHelpPage("overvecht", 99);
    expect(page?.page).toBe(page?.pages);
    expect(page?.buurtteams).toEqual(whole?.buurtteams);
    expect(page?.networks.map((n) => n.slug)).toEqual(whole?.networks.map((n) => n.slug));
    expect(await getWijkHelpPage("atlantis", 1)).toBeNull();
  });
});
