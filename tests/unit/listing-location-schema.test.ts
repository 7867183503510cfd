import { describe, expect, it } from "vitest";
import { locationSchema, normalisePostcode } from "@/lib/listings/location-schema";

const base = { organizationId: "org", name: "Buurtcentrum", address1: "Taagdreef 2", postalCode: "3561 VA" };

describe("normalisePostcode", () => {
  it("writes postcodes as 1234 AB however they are typed", () => {
    expect(normalisePostcode("3561va")).toBe("3561 VA");
    expect(normalisePostcode(" 3561  Va ")).toBe("3561 VA");
    expect(normalisePostcode("3561 VA")).toBe("3561 VA");
  });

  it("refuses what is no postcode, or more than one", () => {
    for (const input of ["", "356 VA", "0561 VA", "3561 SS", "3561 VA 2", "Utrecht"]) expect(normalisePostcode(input)).toBeNull();
  });
});

describe("locationSchema", () => {
  it("defaults the town to Utrecht, tidies the postcode and leaves an empty point for the server to look up", () => {
    const parsed = locationSchema.parse({ ...base, postalCode: "3561va", city: "", latitude: "", longitude: "" });
    expect(parsed).toMatchObject({ city: "Utrecht", postalCode: "3561 VA", latitude: null, longitude: null, accessibility: [], description: null });
    expect(parsed.locationId).toBeUndefined();
    expect(parsed.version).toBeUndefined();
  });

  it("reads a point, ticked boxes and an edit's id and version", () => {
    const parsed = locationSchema.parse({ ...base, locationId: "loc", version: "3", latitude: "52.1", longitude: "5.11", accessibility: "LIFT" });
    expect(parsed).toMatchObject({ locationId: "loc", version: 3, latitude: 52.1, longitude: 5.11, accessibility: ["LIFT"] });
  });

  it("names the field of each mistake", () => {
    const result = locationSchema.safeParse({ ...base, postalCode: "12", latitude: "noord", longitude: "5", accessibility: ["LIFT", "SLIDE"] });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(fields).toEqual(["accessibility.1", "latitude", "postalCode"]);
  });

  it("refuses half a point", () => {
    const result = locationSchema.safeParse({ ...base, latitude: "52.1", longitude: "" });
    expect(result.error?.issues).toMatchObject([{ path: ["longitude"], message: "required" }]);
  });
});
