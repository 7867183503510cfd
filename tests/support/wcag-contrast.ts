// WCAG 2.2 contrast ratio (1.4.3) of colours as a browser computes them: `rgb(…)`/`rgba(…)`
// strings, possibly semi-transparent. Used by the end-to-end tests that read computed colours,
// because axe cannot judge text on a gradient (it skipped the footer's 1.6:1 links).

export type Rgba = { r: number; g: number; b: number; a: number };

/** `rgb(204, 0, 0)`, `rgba(0, 0, 0, 0.5)` or `rgb(204 0 0 / 50%)`; anything else throws, so a test cannot pass on a colour it did not read. */
export function parseCssColor(value: string): Rgba {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(value.trim());
  if (!match) throw new Error(`Not a computed rgb() colour: ${value}`);
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] ? 100 : 1);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** Every colour in a computed background-image (the stops of its gradients). */
export function gradientStops(backgroundImage: string): string[] {
  if (backgroundImage === "none") return [];
  if (/url\(/.test(backgroundImage)) throw new Error(`Cannot judge contrast on an image: ${backgroundImage}`);
  return backgroundImage.match(/rgba?\([^)]*\)/g) ?? [];
}

/** `top` painted over an opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

export function relativeLuminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The layers behind an element, nearest first, as the browser reports them: each layer is the
 * colours it may show there (a gradient's stops, or its background colour). Returns every
 * opaque colour the text may stand on, blending (semi-)transparent layers over what lies below.
 */
export function possibleBackgrounds(layers: string[][]): Rgba[] {
  let below: Rgba[] = [{ r: 255, g: 255, b: 255, a: 1 }]; // the canvas
  for (const layer of [...layers].reverse()) {
    if (layer.length === 0) continue;
    const colours = layer.map(parseCssColor);
    below = colours.flatMap((colour) => (colour.a >= 1 ? [colour] : below.map((under) => over(colour, under))));
  }
  return below;
}

/** The lowest contrast of a text colour against any of the backgrounds it may stand on. */
export function worstContrast(textColour: string, layers: string[][]): number {
  const backgrounds = possibleBackgrounds(layers);
  const text = parseCssColor(textColour);
  return Math.min(...backgrounds.map((background) => contrastRatio(text.a < 1 ? over(text, background) : text, background)));
}
