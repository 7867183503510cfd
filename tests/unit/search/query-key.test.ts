// The cache key is the meaning of a search: spellings that ask the same question share it,
// different questions never do.
import { describe, expect, it } from "vitest";
import { pointsQueryKey, searchQueryKey } from "@/lib/search/query-key";
import { searchParamsInput, searchParamsSchema } from "@/lib/search/schemas";

const key = (query: string) => searchQueryKey(searchParamsSchema.parse(searchParamsInput(new URLSearchParams(query))));

describe("search query key", () => {
  it("is the same for the same question asked differently", () => {
    expect(key("category=bb&category=aa&category=aa&wijk=Overvecht")).toBe(key("wijk=overvecht&category=aa&category=bb"));
    expect(key("")).toBe(key("page=1&per_page=20&format=json"));
    expect(key("lang=tr&lang=ar&free=true")).toBe(key("free=1&lang=ar&lang=tr"));
    expect(key("q=%20schuldhulp%20")).toBe(key("q=schuldhulp"));
  });

  it("shares JSON and GeoJSON: two renderings of one answer", () => {
    expect(key("format=geojson")).toBe(key("format=json"));
  });

  it("differs for different questions", () => {
    const keys = [
      "",
      "q=schuld%20hulp",
      "q=hulp%20schuld",
      "q=Schuldhulp",
      "category=aa",
      "category=aa&category=bb",
      "page=2",
      "per_page=21",
      "open=now",
      "open=tu&at=10:00",
      "open=tu&at=10:01",
      "near=52.09,5.12",
      "near=52.09,5.121",
      "sort=name",
      "free=true",
    ].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("map points query key", () => {
  const points = (query: string) => pointsQueryKey(searchParamsSchema.parse(searchParamsInput(new URLSearchParams(query))));

  it("ignores paging and order, not the filters", () => {
    expect(points("wijk=overvecht&page=3&per_page=5&sort=name")).toBe(points("wijk=overvecht"));
    expect(points("wijk=overvecht")).not.toBe(points("wijk=zuid"));
    expect(points("open=now")).not.toBe(points(""));
  });
});
