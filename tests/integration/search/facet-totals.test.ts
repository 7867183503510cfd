// The unfiltered search's facets, stored once per data version (lib/search/facet-totals.ts):
// read while current, counted again after any publish, never used by a filtered search, and
// "open now" always counted at the moment of the search.
import { afterEach, describe, expect, it } from "vitest";
import { ensureOpeningWindow } from "@/lib/search/openings";
import { createPrismaClient } from "@/lib/db";
import { refreshFacetTotals } from "@/lib/search/facet-totals";
import { searchServices, sqlQueryOf } from "@/lib/search/queries";
import { resolveFilters } from "@/lib/search/resolve-filters";
import { isUnfiltered, NO_FILTERS, searchSql, type SearchAnswer, type SqlFacets, type SqlFilters } from "@/lib/search/search-sql";
import { withTestDatabase } from "../support/test-database";
import { params, TUESDAY_AFTERNOON } from "./search-helpers";

const t = withTestDatabase();

/** Sunday 22 November 2026, 03:00 in Utrecht: (almost) everything is closed. */
const SUNDAY_NIGHT = new Date("2026-11-22T02:00:00.000Z");

afterEach(async () => {
  // Every test starts without stored totals: the next unfiltered search counts them.
  await t.db.$executeRaw`DELETE FROM "SearchFacetTotals"`;
});

/** The search statement's own answer, as searchServices runs it (without refreshing totals). */
async function answerOf(query: string, now: Date = TUESDAY_AFTERNOON): Promise<SearchAnswer> {
  const p = params(query);
  await ensureOpeningWindow(t.db, now);
  const [{ answer }] = await t.db.$queryRaw<{ answer: SearchAnswer }[]>(searchSql(sqlQueryOf(p, await resolveFilters(p, now), now)));
  return answer;
}

/** Facets in a comparable form: json_agg's order is not part of the answer. */
function sorted(facets: SqlFacets) {
  const pairs = (list: [string, number][] | null) => [...(list ?? [])].map(([v, n]) => [v, Number(n)]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return {
    total: Number(facets.total),
    open: Number(facets.open),
    wijk: pairs(facets.wijk),
    kind: pairs(facets.kind),
    free: pairs(facets.free),
    no_registration: pairs(facets.no_registration),
    lists: [...(facets.lists ?? [])].map(([f, v, n]) => `${f}:${v}:${Number(n)}`).sort(),
  };
}

async function storedVersion(): Promise<{ stored: bigint | null; current: bigint }> {
  const [row] = await t.db.$queryRaw<{ stored: bigint | null; current: bigint }[]>`
    SELECT (SELECT version FROM "SearchFacetTotals" WHERE id = 1) AS stored, (SELECT version FROM "DataVersion" WHERE id = 1) AS current`;
  return row;
}

describe("facet totals of the unfiltered search", () => {
  it("are stored by the first unfiltered search and equal what counting gives", async () => {
    const counted = await answerOf("");
    expect(counted.facetsFrom).toBe("computed");

    await searchServices(params(""), { now: TUESDAY_AFTERNOON });
    const { stored, current } = await storedVersion();
    expect(stored).toBe(current);

    const fromTotals = await answerOf("");
    expect(fromTotals.facetsFrom).toBe("totals");
    expect(sorted(fromTotals.facets)).toEqual(sorted(counted.facets));
    expect(fromTotals.items).toEqual(counted.items);
    // The near and map-like orders read them too.
    expect((await answerOf("near=52.0894,5.1100")).facetsFrom).toBe("totals");
    expect((await answerOf("sort=open")).facetsFrom).toBe("totals");
  });

  it("are read, not counted, while they are current", async () => {
    await searchServices(params(""), { now: TUESDAY_AFTERNOON });
    // Written by hand here to prove the search reads the stored row: no real data has this total.
    await t.db.$executeRaw`UPDATE "SearchFacetTotals" SET facets = jsonb_set(facets, '{total}', '12345')`;
    expect((await searchServices(params(""), { now: TUESDAY_AFTERNOON })).total).toBe(12345);
  });

  it("count 'open now' at the moment of each search, never from the stored row", async () => {
    await searchServices(params(""), { now: TUESDAY_AFTERNOON });
    await t.db.$executeRaw`UPDATE "SearchFacetTotals" SET facets = jsonb_set(facets, '{open}', '9999')`;
    for (const now of [TUESDAY_AFTERNOON, SUNDAY_NIGHT]) {
      const answer = await answerOf("", now);
      expect(answer.facetsFrom).toBe("totals");
      const openNow = await searchServices(params("open=now"), { now });
      expect(Number(answer.facets.open)).toBe(openNow.total);
    }
    expect(Number((await answerOf("", TUESDAY_AFTERNOON)).facets.open)).toBeGreaterThan(Number((await answerOf("", SUNDAY_NIGHT)).facets.open));
  });

  it("are never read by a search with q or a filter", async () => {
    await searchServices(params(""), { now: TUESDAY_AFTERNOON });
    await t.db.$executeRaw`UPDATE "SearchFacetTotals" SET facets = jsonb_set(facets, '{total}', '12345')`;
    for (const query of ["q=schuld", "kind=informal", "wijk=overvecht", "open=now", "free=true", "lang=ar", "open=tu"]) {
      const answer = await answerOf(query);
      expect(answer.facetsFrom, query).toBe("computed");
      expect(Number(answer.facets.total), query).not.toBe(12345);
    }
  });

  it("are counted again after a publish, and the search never answers from old ones", async () => {
    await searchServices(params(""), { now: TUESDAY_AFTERNOON });
    const before = await searchServices(params(""), { now: TUESDAY_AFTERNOON });
    const [org] = await t.db.$queryRaw<{ id: string }[]>`
      SELECT o.id FROM "Organization" o JOIN "Service" s ON s."organizationId" = o.id
      WHERE o.status = 'PUBLISHED' AND s.status = 'ACTIVE' GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`;
    const removed = (await searchServices(params(`per_page=100`), { now: TUESDAY_AFTERNOON })).items.filter((i) => i.organization.id === org.id).length;
    expect(removed).toBeGreaterThan(0);

    // A publish elsewhere: the statement sees the new version, so the old totals are not current.
    await t.db.$executeRaw`UPDATE "Organization" SET status = 'ARCHIVED' WHERE id = ${org.id}`;
    const stale = await answerOf("");
    expect(stale.facetsFrom).toBe("computed");
    expect(Number(stale.facets.total)).toBe(before.total - removed);

    const after = await searchServices(params(""), { now: TUESDAY_AFTERNOON });
    expect(after.total).toBe(before.total - removed);
    const { stored, current } = await storedVersion();
    expect(stored).toBe(current);
    expect(sorted((await answerOf("")).facets)).toEqual(sorted(stale.facets));
  });

  it("are counted by one instance at a time: another that finds them old waits and counts nothing", async () => {
    await t.db.$executeRaw`UPDATE "DataVersion" SET version = version + 1 WHERE id = 1`;
    const secondInstance = createPrismaClient(t.url);
    try {
      const stored = await Promise.all([refreshFacetTotals(t.db, TUESDAY_AFTERNOON), refreshFacetTotals(secondInstance, TUESDAY_AFTERNOON)]);
      expect(stored.filter(Boolean)).toHaveLength(1);
      const { stored: version, current } = await storedVersion();
      expect(version).toBe(current);
      expect((await answerOf("")).facetsFrom).toBe("totals");
    } finally {
      await secondInstance.$disconnect();
    }
  });

  it("are stored for all searches of one instance that find them old at the same time", async () => {
    await t.db.$executeRaw`UPDATE "DataVersion" SET version = version + 1 WHERE id = 1`;
    const before = await t.db.$queryRaw<{ at: Date | null }[]>`SELECT max("computedAt") AS at FROM "SearchFacetTotals"`;
    const results = await Promise.all(Array.from({ length: 5 }, () => refreshFacetTotals(t.db, TUESDAY_AFTERNOON)));
    // Those that looked while the one refresh ran share it ("stored"); later ones find them current.
    expect(results).toContain(true);
    const { stored, current } = await storedVersion();
    expect(stored).toBe(current);
    const after = await t.db.$queryRaw<{ at: Date | null }[]>`SELECT max("computedAt") AS at FROM "SearchFacetTotals"`;
    expect(after[0].at).not.toEqual(before[0].at);
    expect((await answerOf("")).facetsFrom).toBe("totals");
  });

  it("cover every filter: any one filter set makes a search filtered", () => {
    const filtered: Partial<SqlFilters>[] = [
      { words: ["x"] },
      { trigram: "xyz" },
      { groups: [{ alternatives: [["x"]], categoryIds: [], languages: [] }] },
      { correctedGroups: [{ alternatives: [["x"]], categoryIds: [], languages: [] }] },
      { wijk: { code: "WK034401", buurtCodes: [] } },
      { buurt: { code: "BU03440101", wijkCode: "WK034401" } },
      { categories: ["c"] },
      { phases: ["SIGNALEREN"] },
      { kind: "FORMAL" },
      { languages: ["ar"] },
      { accessModes: ["WALK_IN"] },
      { free: true },
      { noRegistration: true },
      { openNow: true },
      { weekday: { weekday: "TU", previous: "MO", minuteOfDay: null, validFrom: "2026-11-17", validTo: "2026-11-23" } },
    ];
    expect(filtered.map((f) => Object.keys(f)[0]).sort()).toEqual(Object.keys(NO_FILTERS).sort());
    expect(isUnfiltered(NO_FILTERS)).toBe(true);
    for (const f of filtered) expect(isUnfiltered({ ...NO_FILTERS, ...f } as SqlFilters), Object.keys(f)[0]).toBe(false);
  });
});
