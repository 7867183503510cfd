// No dead ends (issue 11, point 4): which filters a search without results can leave out, what
// each relaxed search is, and which of them the page links to.
import { describe, expect, it } from "vitest";
import { activeFilters, helpfulRelaxations, MAX_RELAXATIONS, paramsOf, RELAXABLE, withoutFilter } from "@/lib/search/relaxations";
import { searchParamsInput, searchParamsSchema, type SearchParams } from "@/lib/search/schemas";

const params = (query: string): SearchParams => searchParamsSchema.parse(searchParamsInput(new URLSearchParams(query)));

describe("activeFilters", () => {
  it("names the filters of the search, one per kind, in a fixed order", () => {
    expect(activeFilters(params(""))).toEqual([]);
    expect(activeFilters(params("near=52.09,5.12&sort=distance&page=2&free=false"))).toEqual([]);
    expect(activeFilters(params("lang=ar&open=mo&category=voedsel&wijk=zuidwest"))).toEqual(["area", "category", "open", "lang"]);
    expect(activeFilters(params("buurt=kanaleneiland-noord&wijk=zuidwest"))).toEqual(["area"]);
    expect(activeFilters(params("open=mo&at=10:00"))).toEqual(["open"]);
    expect(activeFilters(params("category=a1&category=b2&category=c3&lang=ar&lang=tr"))).toEqual(["category", "lang"]);
  });

  it("offers at most MAX_RELAXATIONS, however many filters the URL has", () => {
    const everything = "q=x&wijk=w1&category=c1&open=now&lang=ar&access=phone&phase=nazorg&kind=formal&free=1&no_registration=1";
    expect(activeFilters(params(everything))).toHaveLength(MAX_RELAXATIONS);
    expect(activeFilters(params(everything))).not.toContain("no_registration");
    expect(MAX_RELAXATIONS).toBeLessThan(RELAXABLE.length);
  });
});

describe("withoutFilter", () => {
  const everything = "q=hulp&wijk=zuidwest&buurt=kanaleneiland-noord&category=voedsel&open=mo&at=10:00&lang=ar&access=walk-in&phase=nazorg&kind=informal&free=1&no_registration=1&near=52.08,5.1&sort=name&page=2";

  it("leaves out exactly one filter and keeps the rest, also the page, order and starting point", () => {
    const p = params(everything);
    for (const { filter, params: keys } of RELAXABLE) {
      const relaxed = withoutFilter(p, filter);
      // The parameters of that filter are empty, as a URL without them parses.
      const url = new URLSearchParams(everything);
      for (const key of keys) url.delete(key);
      expect(relaxed, filter).toEqual(params(url.toString()));
    }
  });

  it("leaves nothing to leave out when every filter is left out", () => {
    const none = RELAXABLE.reduce((p, { filter }) => withoutFilter(p, filter), params(everything));
    expect(none).toEqual(params("near=52.08,5.1&sort=name&page=2"));
  });

  it("drops the filter's parameters and the page from the link", () => {
    expect(paramsOf("area")).toEqual(["wijk", "buurt", "page"]);
    expect(paramsOf("open")).toEqual(["open", "at", "page"]);
  });
});

describe("helpfulRelaxations", () => {
  it("keeps those that find something, most first, equal counts in the fixed order", () => {
    expect(
      helpfulRelaxations([
        { filter: "area", count: 1 },
        { filter: "category", count: 6 },
        { filter: "open", count: 3 },
        { filter: "lang", count: 0 },
        { filter: "kind", count: 3 },
      ]),
    ).toEqual([
      { filter: "category", count: 6 },
      { filter: "open", count: 3 },
      { filter: "kind", count: 3 },
      { filter: "area", count: 1 },
    ]);
  });
});
