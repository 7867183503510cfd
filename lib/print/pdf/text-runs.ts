// Preparing text for the PDF fonts: which characters the embedded fonts can draw, and which
// font draws which part of a line in which order. Pure functions, so they are tested directly
// (tests/unit/print-pdf-text-runs.test.ts).
import type { FontCoverage } from "./fonts";

export type Script = "latin" | "arabic";
export type Segment = { text: string; script: Script };

/** Shown instead of a character no embedded font has (an emoji, Chinese): visible, not "?". */
export const MISSING = "\uFFFD";

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
// Letters and digits of any other script set the direction to left-to-right.
const LTR_STRONG = /[\p{L}\p{N}]/u;

// Invisible direction marks and isolates (U+200E/F, U+202A–202E, U+2066–2069): HTML needs them
// to keep a Dutch note or a phone number in its own direction inside an Arabic line; the PDF
// orders its runs itself (visualSegments), and the fonts have no glyph for them.
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Every character the fonts cannot draw becomes its letter without accent when a font has
 * that, else MISSING. Curly quotes stay: Noto Sans has them. Direction marks are dropped.
 */
export function prepareText(text: string, coverage: FontCoverage): string {
  const covered = (char: string) => {
    const code = char.codePointAt(0) ?? 0;
    return coverage.latin.has(code) || coverage.arabic.has(code);
  };
  return [...text.normalize("NFC").replace(BIDI_CONTROLS, "")]
    .map((char) => {
      if (char === "\n" || covered(char)) return char;
      const base = char.normalize("NFD")[0];
      return base && covered(base) ? base : MISSING;
    })
    .join("");
}

type Direction = "ltr" | "rtl" | "neutral";
const directionOf = (text: string): Direction => (ARABIC_LETTER.test(text) ? "rtl" : LTR_STRONG.test(text) ? "ltr" : "neutral");

/** The direction of a line: that of its first letter (Unicode's rule for a paragraph). */
export function baseDirection(line: string): "ltr" | "rtl" {
  for (const char of line) {
    const direction = directionOf(char);
    if (direction !== "neutral") return direction;
  }
  return "ltr";
}

/**
 * Splits one line into parts for one font each, in the order they are drawn from left to
 * right. A small part of the Unicode bidirectional algorithm: Arabic letters are right to
 * left, other letters and digits left to right; a space or mark takes the direction of the
 * letters on both sides when they agree, else the line's. Right-to-left characters the Arabic
 * font has go to that font, and fontkit shapes such a part and reverses it itself; runs of
 * right-to-left parts are ordered right to left, and in a line that starts in Arabic the runs
 * are. Not handled: Arabic-Indic digits inside Arabic text, mirrored brackets, explicit
 * direction marks.
 */
export function visualSegments(line: string, coverage: FontCoverage): Segment[] {
  const chars = [...line];
  // Most lines: no Arabic, one part (measured many times while wrapping, so kept quick).
  if (!ARABIC_LETTER.test(line) && chars.every((char) => coverage.latin.has(char.codePointAt(0) ?? 0))) {
    return line ? [{ text: line, script: "latin" }] : [];
  }
  const base = baseDirection(line);
  const own = chars.map(directionOf);
  const strongBefore = (index: number) => own.slice(0, index).findLast((d) => d !== "neutral") ?? base;
  const strongAfter = (index: number) => own.slice(index + 1).find((d) => d !== "neutral") ?? base;
  const resolved = own.map((direction, index): "ltr" | "rtl" => {
    if (direction !== "neutral") return direction;
    const before = strongBefore(index);
    return before === strongAfter(index) ? before : base;
  });
  const has = (set: Set<number>, char: string) => set.has(char.codePointAt(0) ?? 0);
  const scripts = chars.map((char, index): Script => {
    if (resolved[index] === "rtl") return has(coverage.arabic, char) ? "arabic" : "latin";
    return has(coverage.latin, char) || !has(coverage.arabic, char) ? "latin" : "arabic";
  });

  type Part = Segment & { direction: "ltr" | "rtl" };
  const parts: Part[] = [];
  chars.forEach((char, index) => {
    const last = parts.at(-1);
    if (last && last.script === scripts[index] && last.direction === resolved[index]) last.text += char;
    else parts.push({ text: char, script: scripts[index], direction: resolved[index] });
  });
  const runs: Part[][] = [];
  for (const part of parts) {
    const run = runs.at(-1);
    if (run && run[0].direction === part.direction) run.push(part);
    else runs.push([part]);
  }
  const ordered = runs.map((run) => {
    if (run[0].direction === "ltr") return run;
    // fontkit reverses what the Arabic font draws; the few marks in the other font are
    // reversed here.
    return run.map((part) => (part.script === "arabic" ? part : { ...part, text: [...part.text].reverse().join("") })).reverse();
  });
  return (base === "rtl" ? ordered.reverse() : ordered).flat().map(({ text, script }) => ({ text, script }));
}
