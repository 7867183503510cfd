// The numbers for all of Utrecht are kept in one place (lib/organisations/city-wide-numbers.ts);
// the seed lists the same organisations with the same numbers, so the map and the page that
// shows a search without results never disagree.
import { describe, expect, it } from "vitest";
import { CITY_WIDE_NUMBERS } from "@/lib/organisations/city-wide-numbers";
import { organisations } from "@/prisma/seed/organisations";

describe("city-wide numbers", () => {
  it("match the seed's organisations, each with a source", () => {
    for (const entry of CITY_WIDE_NUMBERS) {
      const organisation = organisations.find((o) => o.slug === entry.seedOrganisation);
      expect(organisation, entry.seedOrganisation).toBeDefined();
      expect(organisation?.phone ?? null, entry.key).toBe(entry.phone);
      expect(organisation?.website, entry.key).toBe(entry.website);
      expect(entry.source.length).toBeGreaterThan(10);
    }
    expect(CITY_WIDE_NUMBERS.map((entry) => entry.phone)).toContain("14 030");
  });
});
