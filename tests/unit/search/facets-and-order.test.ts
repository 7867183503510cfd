import { describe, expect, it } from "vitest";
import { countFacets, FACET_NAMES, type FacetSource } from "@/lib/search/facets";
import { effectiveSort, sortItems, type Sortable } from "@/lib/search/ordering";

const source = (overrides: Partial<FacetSource>): FacetSource => ({
  wijkSlug: "overvecht",
  categories: ["voedsel"],
  phases: ["SIGNALEREN"],
  kind: "INFORMAL",
  languages: ["nl"],
  accessModes: ["WALK_IN"],
  isFree: true,
  noRegistration: false,
  openNow: false,
  ...overrides,
});

describe("countFacets", () => {
  it("counts each value over all items, spelled as the API parameter takes it", () => {
    const facets = countFacets([
      source({}),
      source({ wijkSlug: "zuidwest", categories: ["voedsel", "schuldhulp"], languages: ["nl", "ar"], openNow: true, kind: "FORMAL" }),
      source({ wijkSlug: null, phases: ["OPLOSSEN", "NAZORG"], accessModes: ["HOME_VISIT", "ONLINE"], isFree: false, noRegistration: true }),
    ]);
    expect(Object.keys(facets)).toEqual([...FACET_NAMES]);
    expect(facets.wijk).toEqual([
      { value: "overvecht", count: 1 },
      { value: "zuidwest", count: 1 },
    ]);
    expect(facets.category).toEqual([
      { value: "voedsel", count: 3 },
      { value: "schuldhulp", count: 1 },
    ]);
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
    expect(facets.no_registration).toEqual([
      { value: "false", count: 2 },
      { value: "true", count: 1 },
    ]);
    expect(facets.open).toEqual([{ value: "now", count: 1 }]);
  });

  it("counts an item once per value, and gives empty lists for no items", () => {
    expect(countFacets([source({ languages: ["ar", "ar"] })]).lang).toEqual([{ value: "ar", count: 1 }]);
    expect(countFacets([])).toEqual(Object.fromEntries(FACET_NAMES.map((name) => [name, []])));
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

describe("sortItems", () => {
  const item = (id: string, organizationName: string, serviceName: string, extra: Partial<Sortable> = {}): Sortable => ({
    id,
    organizationName,
    serviceName,
    locationName: null,
    rank: 0,
    distance: null,
    ...extra,
  });
  const ids = (items: Sortable[]) => items.map((i) => i.id);

  it("orders names the Dutch way: case and accents do not come first", () => {
    const items = [item("a", "Ésprit", "x"), item("b", "buurtteam", "x"), item("c", "Al-Amal", "x"), item("d", "Buurtteam", "a"), item("e", "Stichting 10", "x"), item("f", "Stichting 9", "x")];
    expect(ids(sortItems(items, "name"))).toEqual(["c", "d", "b", "a", "f", "e"]);
  });

  it("sorts by relevance, then by name for equal ranks", () => {
    const items = [item("a", "B", "x", { rank: 0.2 }), item("b", "A", "x", { rank: 0.2 }), item("c", "Z", "x", { rank: 0.9 })];
    expect(ids(sortItems(items, "relevance"))).toEqual(["c", "b", "a"]);
  });

  it("sorts by distance with items without a place last", () => {
    const items = [item("far", "A", "x", { distance: 900 }), item("none", "A", "a"), item("near", "Z", "x", { distance: 10 })];
    expect(ids(sortItems(items, "distance"))).toEqual(["near", "far", "none"]);
  });

  it("sorts by open state with the key function", () => {
    const keys = new Map([
      ["unknown", { group: 3, next: null }],
      ["later", { group: 1, next: 2000 }],
      ["open", { group: 0, next: null }],
      ["soon", { group: 1, next: 1000 }],
      ["never", { group: 2, next: null }],
    ] as const);
    const items = [...keys.keys()].map((id) => item(id, "A", id));
    expect(ids(sortItems(items, "open", (i) => keys.get(i.id as "open") ?? { group: 3, next: null }))).toEqual(["open", "soon", "later", "never", "unknown"]);
  });

  it("does not change the input list", () => {
    const items = [item("b", "B", "x"), item("a", "A", "x")];
    sortItems(items, "name");
    expect(ids(items)).toEqual(["b", "a"]);
  });
});
