// Which layer the gap map shows, read from the URL (`?fase=nazorg` or `?dag=di`), so a view
// can be shared, bookmarked and printed, and the GET form works without JavaScript.
import type { DebtPhase } from "../generated/prisma/enums";
import { WEEKDAYS, type Weekday } from "../hours/types";

/** The five phases of debt help, in the order help usually runs. */
export const PHASES: readonly DebtPhase[] = ["SIGNALEREN", "TOELEIDEN", "STABILISEREN", "OPLOSSEN", "NAZORG"];

export const PHASE_SLUGS: Record<DebtPhase, string> = {
  SIGNALEREN: "signaleren",
  TOELEIDEN: "toeleiden",
  STABILISEREN: "stabiliseren",
  OPLOSSEN: "oplossen",
  NAZORG: "nazorg",
};

/** The Dutch two-letter day abbreviations, also used by the English pages: URLs stay one language. */
export const DAY_SLUGS: Record<Weekday, string> = { MO: "ma", TU: "di", WE: "wo", TH: "do", FR: "vr", SA: "za", SU: "zo" };

export { WEEKDAYS };

export type MapChoice = { kind: "phase"; phase: DebtPhase } | { kind: "day"; day: Weekday };

/** Without a (valid) choice the map shows the first phase: where problems are noticed. */
export const DEFAULT_CHOICE: MapChoice = { kind: "phase", phase: "SIGNALEREN" };

type SearchParams = Record<string, string | string[] | undefined>;

function single(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim().toLowerCase() || undefined;
}

function findKey<K extends string>(slugs: Record<K, string>, slug: string | undefined): K | undefined {
  return (Object.keys(slugs) as K[]).find((key) => slugs[key] === slug);
}

/**
 * The map layer asked for. `fase` wins when both are given (each form sends only its own
 * field, so that happens only in a hand-made URL). `invalid` says a value was not understood,
 * so the page can say it shows the default instead of silently ignoring it.
 */
export function parseMapChoice(params: SearchParams): { choice: MapChoice; invalid: boolean } {
  const faseSlug = single(params.fase);
  const dagSlug = single(params.dag);
  const phase = findKey(PHASE_SLUGS, faseSlug);
  if (phase) return { choice: { kind: "phase", phase }, invalid: false };
  const day = findKey(DAY_SLUGS, dagSlug);
  if (day) return { choice: { kind: "day", day }, invalid: faseSlug !== undefined };
  return { choice: DEFAULT_CHOICE, invalid: faseSlug !== undefined || dagSlug !== undefined };
}
