// The network view's filters come from the URL: what a visitor (or an old link) puts there.
import { describe, expect, it } from "vitest";
import { filterQuery, hasFilters, parseNetworkFilters } from "@/lib/network/filters";

describe("parseNetworkFilters", () => {
  it("reads wijk, network and formal/informal", () => {
    expect(parseNetworkFilters({ wijk: "overvecht", netwerk: "ketenoverleg-schuldhulp", kind: "formal" })).toEqual({
      wijk: "overvecht",
      netwerk: "ketenoverleg-schuldhulp",
      kind: "formal",
    });
  });

  it("treats empty choices ('Alle wijken') as no filter", () => {
    const filters = parseNetworkFilters({ wijk: "", netwerk: "", kind: "" });
    expect(filters).toEqual({ wijk: null, netwerk: null, kind: null });
    expect(hasFilters(filters)).toBe(false);
  });

  it("ignores what is not a slug or not a known kind, and takes the first of repeated values", () => {
    expect(parseNetworkFilters({ wijk: "<script>", netwerk: "a", kind: "both" })).toEqual({ wijk: null, netwerk: null, kind: null });
    expect(parseNetworkFilters({ wijk: ["zuidwest", "oost"], kind: " Informal " })).toEqual({ wijk: "zuidwest", netwerk: null, kind: "informal" });
  });

  it("turns filters back into a query string without empty values", () => {
    expect(filterQuery({ netwerk: "geldoverleg-zuidwest", wijk: null })).toEqual({ netwerk: "geldoverleg-zuidwest" });
  });
});
