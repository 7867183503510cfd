import { describe, expect, it } from "vitest";
import { contrastRatio, gradientStops, parseCssColor, possibleBackgrounds, worstContrast } from "@/tests/support/wcag-contrast";

// The e2e contrast checks are only as good as this arithmetic: known values from WCAG's own examples.
describe("WCAG contrast ratio", () => {
  it("is 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio(parseCssColor("rgb(0, 0, 0)"), parseCssColor("rgb(255, 255, 255)"))).toBeCloseTo(21, 5);
    expect(contrastRatio(parseCssColor("rgb(204, 0, 0)"), parseCssColor("rgb(204, 0, 0)"))).toBe(1);
  });

  it("puts #767676 on white just above 4.5 and #777777 just below", () => {
    const white = parseCssColor("rgb(255, 255, 255)");
    expect(contrastRatio(parseCssColor("rgb(118, 118, 118)"), white)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(parseCssColor("rgb(119, 119, 119)"), white)).toBeLessThan(4.5);
  });

  it("measured the old footer: the browser's link blue on Utrecht red is 1.6:1", () => {
    expect(worstContrast("rgb(0, 0, 238)", [gradientStops("linear-gradient(45deg, rgb(204, 0, 0), rgb(204, 0, 0) 50%, rgb(214, 52, 51) 50%)")])).toBeCloseTo(1.6, 1);
  });

  it("takes the worst stop of a gradient", () => {
    const layers = [gradientStops("linear-gradient(rgb(255, 255, 255), rgb(0, 0, 0))")];
    expect(worstContrast("rgb(0, 0, 0)", layers)).toBeCloseTo(1, 5);
  });

  it("blends transparent layers over what lies below, down to the white canvas", () => {
    expect(possibleBackgrounds([["rgba(0, 0, 0, 0)"], ["rgb(204, 0, 0)"]])).toEqual([{ r: 204, g: 0, b: 0, a: 1 }]);
    expect(possibleBackgrounds([["rgba(0, 0, 0, 0.5)"]])).toEqual([{ r: 127.5, g: 127.5, b: 127.5, a: 1 }]);
    expect(possibleBackgrounds([])).toEqual([{ r: 255, g: 255, b: 255, a: 1 }]);
  });

  it("refuses colours and backgrounds it cannot read", () => {
    expect(() => parseCssColor("oklch(50% 0.1 200)")).toThrow();
    expect(() => gradientStops('url("/tile.png")')).toThrow();
  });
});
