import { describe, expect, it } from "vitest";
import { FACET_NAMES, toFacets } from "@/lib/search/facets";
import { effectiveSort } from "@/lib/search/ordering";
import type { SqlFacets } from "@/lib/search/search-sql";

const none: SqlFacets = { total: 0, wijk: null, kind: null, free: null, no_registration: null, open: 0, lists: null };
const names = {
  wijkByCode: new Map([["WK034403", { code: "WK034403", name: "Overvecht", slug: "overvecht" }], ["WK034406", { code: "WK034406", name: "Zuidwest", slug: "zuidwest" }]]),
  categoryById: new Map([["c1", { id: "c1", slug: "voedsel", name: "Voedsel", nameEn: "Food", sortOrder: 1 }], ["c2", { id: "c2", slug: "schuldhulp", name: "Schuldhulp", nameEn: "Debt help", sortOrder: 2 }]]),
};

describe("toFacets", () => {
  it("spells the SQL counts as the API parameters take them, most frequent first, then by value", () => {
    const facets = toFacets(
      {
        total: 3,
        wijk: [["WK034403", 1], ["WK034406", 1]],
        kind: [["INFORMAL", 2], ["FORMAL", 1]],
        free: [["false", 1], ["true", 2]],
        no_registration: [["false", 2], ["true", 1]],
        open: 1,
        lists: [
          ["category", "c1", 3],
          ["category", "c2", 1],
          ["phase", "NAZORG", 1],
          ["phase", "SIGNALEREN", 2],
          ["phase", "OPLOSSEN", 1],
          ["lang", "ar", 1],
          ["lang", "nl", 3],
          ["access", "WALK_IN", 2],
          ["access", "ONLINE", 1],
          ["access", "HOME_VISIT", 1],
        ],
      },
      names,
    );
    expect(facets.wijk).toEqual([
      { value: "overvecht", count: 1 },
      { value: "zuidwest", count: 1 },
    ]);
    expect(facets.category).toEqual([
      { value: "voedsel", count: 3 },
      { value: "schuldhulp", count: 1 },
    ]);
    expect(Object.keys(facets)).toEqual([...FACET_NAMES]);
    expect(facets.phase).toEqual([
      { value: "signaleren", count: 2 },
      { value: "nazorg", count: 1 },
      { value: "oplossen", count: 1 },
    ]);
    expect(facets.kind).toEqual([
      { value: "informal", count: 2 },
      { value: "formal", count: 1 },
    ]);
    expect(facets.lang).toEqual([
      { value: "nl", count: 3 },
      { value: "ar", count: 1 },
    ]);
    expect(facets.access).toEqual([
      { value: "walk-in", count: 2 },
      { value: "home-visit", count: 1 },
      { value: "online", count: 1 },
    ]);
    expect(facets.free).toEqual([
      { value: "true", count: 2 },
      { value: "false", count: 1 },
    ]);
    expect(facets.open).toEqual([{ value: "now", count: 1 }]);
  });

  it("gives empty lists when nothing matched, and drops values the API has no spelling for", () => {
    expect(toFacets(none, names)).toEqual(Object.fromEntries(FACET_NAMES.map((name) => [name, []])));
    expect(toFacets({ ...none, lists: [["phase", "BETALEN", 4], ["category", "gone", 2]], kind: [["OTHER", 1]], wijk: [["WK039999", 1]] }, names)).toMatchObject({
      phase: [],
      kind: [],
      category: [],
      wijk: [],
    });
  });

  it("reads counts PostgreSQL sends as text (bigint) as numbers", () => {
    expect(toFacets({ ...none, wijk: [["WK034403", "12" as unknown as number]], open: "3" as unknown as number }, names)).toMatchObject({
      wijk: [{ value: "overvecht", count: 12 }],
      open: [{ value: "now", count: 3 }],
    });
  });
});

describe("effectiveSort", () => {
  it("uses sort when given, else distance with near, relevance with q, name otherwise", () => {
    const near = { lat: 52.1, lng: 5.1 };
    const none = { sort: undefined, q: undefined, near: undefined };
    expect(effectiveSort({ ...none, sort: "open", q: "x", near })).toBe("open");
    expect(effectiveSort({ ...none, q: "x", near })).toBe("distance");
    expect(effectiveSort({ ...none, q: "x" })).toBe("relevance");
    expect(effectiveSort(none)).toBe("name");
  });
});

