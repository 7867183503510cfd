import { describe, expect, it } from "vitest";
import { facetCount } from "@/lib/search-ui/facets";
import type { SearchResult } from "@/lib/search/types";

const facets: SearchResult["facets"] = {
  wijk: [{ value: "overvecht", count: 14 }],
  category: [{ value: "voedsel", count: 12 }],
  phase: [],
  kind: [],
  lang: [],
  access: [],
  free: [{ value: "true", count: 30 }],
  no_registration: [],
  open: [],
};

describe("facetCount", () => {
  it("counts the found items with a value, 0 when the facet does not list it", () => {
    expect(facetCount(facets, "category", "voedsel")).toBe(12);
    expect(facetCount(facets, "free", "true")).toBe(30);
    expect(facetCount(facets, "wijk", "zuid")).toBe(0);
  });
});
