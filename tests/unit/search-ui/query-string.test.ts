import { describe, expect, it } from "vitest";
import { canonicalQuery, formatNear, hrefWithQuery, queryFromEntries, withNear, withoutFilters } from "@/lib/search-ui/query-string";

describe("queryFromEntries", () => {
  it("leaves out empty fields and the page, keeps repeated checkboxes", () => {
    const query = queryFromEntries([
      ["q", " voedsel "],
      ["wijk", ""],
      ["access", "walk-in"],
      ["access", "phone"],
      ["page", "3"],
    ]);
    expect(query.toString()).toBe("q=voedsel&access=walk-in&access=phone");
  });

  it("sends a time only with a weekday", () => {
    expect(queryFromEntries([["open", "now"], ["at", "10:00"]]).toString()).toBe("open=now");
    expect(queryFromEntries([["open", ""], ["at", "10:00"]]).toString()).toBe("");
    expect(queryFromEntries([["open", "tu"], ["at", "10:00"]]).toString()).toBe("open=tu&at=10%3A00");
  });
});

describe("near", () => {
  it("rounds to about 100 metres, so a shared link does not point at a front door", () => {
    expect(formatNear({ lat: 52.085612, lng: 5.178934 })).toBe("52.086,5.179");
  });

  it("sets or removes the place, and drops the typed address, the page and the sort", () => {
    const query = new URLSearchParams("wijk=oost&adres=Bolognalaan+101&page=2&sort=name");
    expect(withNear(query, { lat: 52.0856, lng: 5.1789 }).toString()).toBe("wijk=oost&near=52.086%2C5.179");
    expect(withNear(new URLSearchParams("near=52.1,5.1&lang=ar"), null).toString()).toBe("lang=ar");
  });

  it("clears every filter but keeps the place", () => {
    expect(withoutFilters(new URLSearchParams("q=eten&near=52.1,5.1&free=true")).toString()).toBe("near=52.1%2C5.1");
    expect(withoutFilters(new URLSearchParams("q=eten")).toString()).toBe("");
  });
});

describe("hrefWithQuery and canonicalQuery", () => {
  it("adds a query only when there is one", () => {
    expect(hrefWithQuery("/en", new URLSearchParams())).toBe("/en");
    expect(hrefWithQuery("/", new URLSearchParams("q=eten"))).toBe("/?q=eten");
  });

  it("treats the same parameters in another order as the same search", () => {
    expect(canonicalQuery(new URLSearchParams("b=2&a=1"))).toBe(canonicalQuery(new URLSearchParams("a=1&b=2")));
  });
});
