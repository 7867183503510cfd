// Contrast of text as the browser paints it: each element's computed colour against every
// colour behind it, gradient stops included (axe skips text on a gradient, which is how the
// footer's 1.6:1 links went unnoticed). The arithmetic is in tests/support/wcag-contrast.ts.
import type { Locator } from "@playwright/test";
import { gradientStops, worstContrast } from "../../support/wcag-contrast";

export type Measured = { text: string; colour: string; backgrounds: string[][]; ratio: number };

/** Every element `locator` matches, with its worst contrast over the backgrounds it may stand on. */
export async function measureContrast(locator: Locator): Promise<Measured[]> {
  const read = await locator.evaluateAll((elements) =>
    elements.map((element) => {
      // Nearest first; an element's background image is painted over its background colour.
      const layers: { image?: string; colour?: string }[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== "none") layers.push({ image: style.backgroundImage });
        layers.push({ colour: style.backgroundColor });
      }
      return { text: (element.textContent ?? "").trim(), colour: getComputedStyle(element).color, layers };
    }),
  );
  return read.map(({ text, colour, layers }) => {
    const backgrounds = layers.map((layer) => (layer.image !== undefined ? gradientStops(layer.image) : [layer.colour ?? ""]));
    return { text, colour, backgrounds, ratio: worstContrast(colour, backgrounds) };
  });
}
