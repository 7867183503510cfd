import { describe, expect, it } from "vitest";
import { FACET_NAMES, toFacets } from "@/lib/search/facets";
import { effectiveSort } from "@/lib/search/ordering";
import type { SearchAnswer } from "@/lib/search/search-sql";

const none: SearchAnswer["facets"] = { wijk: null, category: null, phase: null, kind: null, lang: null, access: null, free: null, no_registration: null, open: 0 };

describe("toFacets", () => {
  it("spells the SQL counts as the API parameters take them, most frequent first, then by value", () => {
    const facets = toFacets({
      wijk: [["overvecht", 1], ["zuidwest", 1]],
      category: [["voedsel", 3], ["schuldhulp", 1]],
      phase: [["NAZORG", 1], ["SIGNALEREN", 2], ["OPLOSSEN", 1]],
      kind: [["INFORMAL", 2], ["FORMAL", 1]],
      lang: [["ar", 1], ["nl", 3]],
      access: [["WALK_IN", 2], ["ONLINE", 1], ["HOME_VISIT", 1]],
      free: [["false", 1], ["true", 2]],
      no_registration: [["false", 2], ["true", 1]],
      open: 1,
    });
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
    expect(toFacets(none)).toEqual(Object.fromEntries(FACET_NAMES.map((name) => [name, []])));
    expect(toFacets({ ...none, phase: [["BETALEN", 4]], kind: [["OTHER", 1]] })).toMatchObject({ phase: [], kind: [] });
  });

  it("reads counts PostgreSQL sends as text (bigint) as numbers", () => {
    expect(toFacets({ ...none, wijk: [["overvecht", "12" as unknown as number]], open: "3" as unknown as number })).toMatchObject({
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

