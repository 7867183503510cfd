// Facets, paging and combined filters (the resident journeys the map is for).
import { describe, expect, it } from "vitest";
import { ACCESS_PARAM, PHASE_PARAM } from "@/lib/search/schemas";
import { searchServices } from "@/lib/search/queries";
import type { FacetName, SearchItem } from "@/lib/search/types";
import { withTestDatabase } from "../support/test-database";
import { keysOf, params, searchAll, TUESDAY_AFTERNOON } from "./search-helpers";
import { keyOf, keysWhere, seedItems, servesBuurt, servesWijk, buurtCode, wijkCode } from "./seed-items";

withTestDatabase();

/** The facet counts as a client would work them out from the complete list of items. */
function countByHand(items: SearchItem[]): Record<FacetName, Map<string, number>> {
  const phase = new Map(Object.entries(PHASE_PARAM).map(([k, v]) => [v as string, k]));
  const access = new Map(Object.entries(ACCESS_PARAM).map(([k, v]) => [v as string, k]));
  const values: Record<FacetName, (i: SearchItem) => string[]> = {
    wijk: (i) => (i.location?.wijk ? [i.location.wijk.slug] : []),
    category: (i) => i.service.categories.map((c) => c.slug),
    phase: (i) => i.service.phases.map((p) => phase.get(p) ?? p),
    kind: (i) => [i.organization.kind.toLowerCase()],
    lang: (i) => i.service.languages,
    access: (i) => i.service.accessModes.map((a) => access.get(a) ?? a),
    free: (i) => [String(i.service.isFree)],
    no_registration: (i) => [String(i.service.noRegistration)],
    open: (i) => (i.open.status === "open" ? ["now"] : []),
  };
  const counts = {} as Record<FacetName, Map<string, number>>;
  for (const [name, of] of Object.entries(values) as [FacetName, (i: SearchItem) => string[]][]) {
    counts[name] = new Map();
    for (const item of items) for (const value of of(item)) counts[name].set(value, (counts[name].get(value) ?? 0) + 1);
  }
  return counts;
}

describe("facets", () => {
  for (const query of ["", "wijk=overvecht", "q=schulden&lang=ar", "category=voedsel&open=now"]) {
    it(`count the whole result set, per value (${query || "no filters"})`, async () => {
      const result = await searchAll(query);
      const byHand = countByHand(result.items);
      for (const [name, values] of Object.entries(result.facets) as [FacetName, { value: string; count: number }[]][]) {
        expect(new Map(values.map((v) => [v.value, v.count])), name).toEqual(byHand[name]);
        const counts = values.map((v) => v.count);
        expect(counts, `${name} most frequent first`).toEqual([...counts].sort((a, b) => b - a));
      }
    });
  }

  it("count all pages, not just the one returned", async () => {
    const all = await searchAll("");
    const firstPage = await searchServices(params("per_page=5"), { now: TUESDAY_AFTERNOON });
    expect(firstPage.items).toHaveLength(5);
    expect(firstPage.facets).toEqual(all.facets);
    expect(firstPage.facets.kind.reduce((n, v) => n + v.count, 0)).toBe(seedItems.length);
  });
});

describe("paging", () => {
  it("splits the same order into pages, with the total of all", async () => {
    const ten = await searchServices(params("per_page=10"), { now: TUESDAY_AFTERNOON });
    const one = await searchServices(params("per_page=5&page=1"), { now: TUESDAY_AFTERNOON });
    const two = await searchServices(params("per_page=5&page=2"), { now: TUESDAY_AFTERNOON });
    expect([...one.items, ...two.items].map((i) => i.id)).toEqual(ten.items.map((i) => i.id));
    expect([one.total, two.total, ten.total]).toEqual([seedItems.length, seedItems.length, seedItems.length]);
    expect([one.page, one.per_page, two.page]).toEqual([1, 5, 2]);
  });

  it("returns an empty page past the end, and 20 items by default", async () => {
    const past = await searchServices(params("per_page=100&page=2"), { now: TUESDAY_AFTERNOON });
    expect(past.items).toEqual([]);
    expect(past.total).toBe(seedItems.length);
    expect((await searchServices(params(""), { now: TUESDAY_AFTERNOON })).items).toHaveLength(20);
  });

  it("returns the last, partial page", async () => {
    const last = await searchServices(params(`per_page=10&page=${Math.ceil(seedItems.length / 10)}`), { now: TUESDAY_AFTERNOON });
    expect(last.items).toHaveLength(seedItems.length % 10 || 10);
  });
});

describe("combined filters: what residents ask", () => {
  it("Arabic-speaking walk-in help in Overvecht on Tuesday", async () => {
    const query = "wijk=overvecht&access=walk-in&open=tu&lang=ar";
    const { items } = await searchAll(query);
    expect(items.length).toBeGreaterThanOrEqual(3);
    const seedByKey = new Map(seedItems.map((i) => [i.key, i]));
    for (const item of items) {
      const seed = seedByKey.get(keyOf(item));
      expect(seed, keyOf(item)).toBeDefined();
      if (!seed) continue;
      expect(servesWijk(seed, wijkCode("overvecht"))).toBe(true);
      expect(item.service.accessModes).toContain("WALK_IN");
      expect(item.service.languages).toContain("ar");
      expect(seed.hours.some((h) => h.day === "TU")).toBe(true);
    }
    expect(new Set(items.map(keyOf))).toEqual(
      keysWhere(
        (i) =>
          servesWijk(i, wijkCode("overvecht")) &&
          i.service.accessModes.includes("WALK_IN") &&
          i.service.languages.includes("ar") &&
          i.hours.some((h) => h.day === "TU"),
      ),
    );
    expect(new Set(items.map(keyOf))).toContain("voedselbank-utrecht/voedselpakket/NOA Overvecht");
  });

  it("the same in Kanaleneiland-Zuid, at 14:00", async () => {
    const keys = await keysOf("buurt=kanaleneiland-zuid&access=walk-in&open=tu&at=14:00&lang=ar");
    expect(keys).toContain("boot/spreekuur-brieven-en-formulieren/BOOT Kanaleneiland");
    expect(keys).toEqual(
      keysWhere(
        (i) =>
          servesBuurt(i, buurtCode("kanaleneiland-zuid")) &&
          i.service.accessModes.includes("WALK_IN") &&
          i.service.languages.includes("ar") &&
          i.hours.some((h) => h.day === "TU" && h.opens <= "14:00" && "14:00" < h.closes),
      ),
    );
  });

  it("free food help without registering, open now (Thursday 10:30)", async () => {
    const thursdayMorning = new Date("2026-11-19T09:30:00.000Z");
    const { items } = await searchAll("category=voedsel&free=true&no_registration=true&open=now", thursdayMorning);
    expect(new Set(items.map(keyOf))).toEqual(
      new Set(["leger-des-heils-utrecht/buurthuiskamer/NOA Overvecht", "diaconie-utrecht/inloop-en-noodhulp/Kerkzaal Hoograven"]),
    );
    for (const item of items) {
      expect(item.service.categories.map((c) => c.slug)).toContain("voedsel");
      expect(item.service).toMatchObject({ isFree: true, noRegistration: true });
      expect(item.open.status).toBe("open");
    }
  });
});
