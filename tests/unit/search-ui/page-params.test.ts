import { describe, expect, it } from "vitest";
import { parsePageParams, PER_PAGE, toUrlSearchParams } from "@/lib/search-ui/page-params";

const parse = (query: string) => parsePageParams(new URLSearchParams(query));

describe("parsePageParams", () => {
  it("reads a shared link into the search contract, all results on one page", () => {
    const { params, ignored, query } = parse("q=schulden&wijk=overvecht&lang=ar&access=walk-in&open=tu&at=10:00&free=true");
    expect(ignored).toEqual([]);
    expect(params).toMatchObject({ q: "schulden", wijk: "overvecht", lang: ["ar"], access: ["walk-in"], open: "tu", at: "10:00", free: true, per_page: PER_PAGE, format: "json", page: 1 });
    expect(query.toString()).toBe("q=schulden&wijk=overvecht&lang=ar&access=walk-in&open=tu&at=10%3A00&free=true");
  });

  it("drops a bad parameter, names it, and keeps the rest", () => {
    const { params, ignored, query } = parse("wijk=overvecht&near=abc&open=someday&lang=ar");
    expect(ignored.sort()).toEqual(["near", "open"]);
    expect(params).toMatchObject({ wijk: "overvecht", lang: ["ar"] });
    expect(params.near).toBeUndefined();
    expect(query.has("near")).toBe(false);
  });

  it("ignores what a form without JavaScript sends along: empty fields, a time without a day", () => {
    const { params, ignored } = parse("q=&wijk=&buurt=&category=&open=&at=10:00&lang=&free=true");
    expect(ignored).toEqual([]);
    expect(params.free).toBe(true);
    expect(params.q).toBeUndefined();
    expect(params.wijk).toBeUndefined();
    expect(params.at).toBeUndefined();
  });

  it("lets the page, not the link, decide the page size and format", () => {
    const { params, ignored } = parse("per_page=5&format=geojson");
    expect(ignored).toEqual([]);
    expect(params.per_page).toBe(PER_PAGE);
    expect(params.format).toBe("json");
  });

  it("drops sort=distance without a place to measure from", () => {
    expect(parse("sort=distance").ignored).toEqual(["sort"]);
  });
});

describe("toUrlSearchParams", () => {
  it("turns Next.js's searchParams object into URLSearchParams, keeping repeated keys", () => {
    expect(toUrlSearchParams({ access: ["walk-in", "phone"], q: "eten", empty: undefined }).toString()).toBe("access=walk-in&access=phone&q=eten");
  });
});
