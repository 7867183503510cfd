import { describe, expect, it } from "vitest";
import { isDutchPostcode, normaliseAddressQuery, parsePostcodeQuery } from "@/lib/geo/postcode";

describe("parsePostcodeQuery", () => {
  it.each([
    ["3584 CJ", { postcode: "3584CJ" }],
    ["3584cj", { postcode: "3584CJ" }],
    ["  3584 cj  ", { postcode: "3584CJ" }],
    ["3584CJ 101", { postcode: "3584CJ", houseNumber: 101 }],
    ["3584 cj, 101", { postcode: "3584CJ", houseNumber: 101 }],
    ["3584CJ101", { postcode: "3584CJ", houseNumber: 101 }],
    ["3562 jt 1-a", { postcode: "3562JT", houseNumber: 1, addition: "A" }],
    ["3562JT 1 bis", { postcode: "3562JT", houseNumber: 1, addition: "BIS" }],
  ])("reads %j", (input, expected) => {
    expect(parsePostcodeQuery(input)).toEqual(expected);
  });

  it.each(["0123 AB", "358 CJ", "35844 CJ", "3584 C", "3584 SS", "3584sa 1", "Bolognalaan 101", "3527", ""])(
    "refuses %j",
    (input) => {
      expect(parsePostcodeQuery(input)).toBeNull();
    },
  );
});

describe("isDutchPostcode", () => {
  it("is true for a bare postcode only", () => {
    expect(isDutchPostcode("3584 cj")).toBe(true);
    expect(isDutchPostcode("3584 cj 101")).toBe(false);
    expect(isDutchPostcode("3584")).toBe(false);
  });
});

describe("normaliseAddressQuery", () => {
  it("writes postcodes as PDOK stores them", () => {
    expect(normaliseAddressQuery("3584 cj")).toBe("3584CJ");
    expect(normaliseAddressQuery(" 3584cj   101 ")).toBe("3584CJ 101");
    expect(normaliseAddressQuery("3562jt 1-a")).toBe("3562JT 1 A");
  });

  it("only tidies whitespace in anything else", () => {
    expect(normaliseAddressQuery("  Bolognalaan   101,  Utrecht ")).toBe("Bolognalaan 101, Utrecht");
    expect(normaliseAddressQuery("3527")).toBe("3527");
  });
});
