import { describe, expect, it } from "vitest";
import { organisationCount, toMapPoints } from "@/lib/search-ui/map-points";
import { searchItem } from "./fixtures";

const openText = () => "Nu open · sluit om 17:00";

describe("toMapPoints", () => {
  it("makes one marker per place, listing every service there in result order", () => {
    const points = toMapPoints(
      [
        searchItem({ id: "a", location: { id: "noa" }, organisation: { slug: "werkwinkel", name: "Werkwinkel", kind: "FORMAL" }, service: "Werk" }),
        searchItem({ id: "b", location: { id: "geldzaak", name: "De Geldzaak" } }),
        searchItem({ id: "c", location: { id: "noa" }, organisation: { slug: "voedselbank", name: "Voedselbank", kind: "INFORMAL" }, service: "Pakket" }),
      ],
      openText,
    );
    expect(points.map((p) => p.key)).toEqual(["noa", "geldzaak"]);
    const [noa, geldzaak] = points;
    expect(noa.entries.map((e) => [e.itemId, e.organisationSlug, e.serviceName, e.kind])).toEqual([
      ["a", "werkwinkel", "Werk", "formal"],
      ["c", "voedselbank", "Pakket", "informal"],
    ]);
    expect(noa.kind).toBe("mixed");
    expect(noa.address).toBe("Zamenhofdreef 1, 3562JT Utrecht");
    expect(noa.entries[0].openText).toBe("Nu open · sluit om 17:00");
    expect(organisationCount(noa)).toBe(2);
    expect(geldzaak.kind).toBe("formal");
  });

  it("leaves out services without a place (they are in the list only)", () => {
    expect(toMapPoints([searchItem({ id: "online", location: null })], openText)).toEqual([]);
  });
});
