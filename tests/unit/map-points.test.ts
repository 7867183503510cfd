import { describe, expect, it } from "vitest";
import { toMapPoints } from "@/lib/organisations/map-points";

const hub = { id: "loc-noa", name: "NOA", address1: "Zamenhofdreef 1", postalCode: "3562JT", city: "Utrecht", latitude: 52.11, longitude: 5.11 };
const office = { id: "loc-geldzaak", name: "De Geldzaak", address1: "Steenweg 63", postalCode: "3511JN", city: "Utrecht", latitude: 52.09, longitude: 5.12 };

describe("toMapPoints", () => {
  it("makes one point per location that names every organisation there", () => {
    const points = toMapPoints([
      { slug: "a", name: "A", kind: "FORMAL", locations: [{ location: hub }] },
      { slug: "b", name: "B", kind: "INFORMAL", locations: [{ location: hub }, { location: office }] },
    ]);
    expect(points).toHaveLength(2);
    const noa = points.find((p) => p.locationId === "loc-noa");
    expect(noa?.organisations.map((o) => o.slug)).toEqual(["a", "b"]);
    expect(noa?.address).toBe("Zamenhofdreef 1, 3562JT Utrecht");
    expect(points.find((p) => p.locationId === "loc-geldzaak")?.organisations).toEqual([{ slug: "b", name: "B", kind: "INFORMAL" }]);
  });

  it("leaves out organisations without a location", () => {
    expect(toMapPoints([{ slug: "whatsapp", name: "Appgroep", kind: "INFORMAL", locations: [] }])).toEqual([]);
  });
});
