// The help finder's words for what is going on, and what each means for the search. A
// resident says "a deurwaarder is coming", not "zware schulden": each situation maps onto the
// referral helper's needs (lib/referral-helper/needs.ts), which in turn map onto the map's
// categories and debt phases, so the finder and the helper rank help the same way and a new
// category is added in one place only. The first steps per situation live here too: which
// texts (HelpFinder.steps.<situation>.<step>) to show, in which order.
import type { Need, Urgency } from "../referral-helper/needs";

export const SITUATIONS = ["post", "deurwaarder", "eten", "inkomen", "achterstand", "weet-niet"] as const;
export type Situation = (typeof SITUATIONS)[number];

/**
 * Letters and bills one cannot keep up with are paperwork and, mostly, bills already unpaid;
 * a deurwaarder or incassobureau means debts past the first reminders; "I don't know" asks
 * for no category at all: the buurtteam is where it starts (the page says so).
 */
export const SITUATION_NEEDS: Record<Situation, readonly Need[]> = {
  post: ["administratie", "formulieren", "betalingsachterstand"],
  deurwaarder: ["zware-schulden", "betalingsachterstand"],
  eten: ["voedselnood"],
  inkomen: ["inkomen"],
  achterstand: ["betalingsachterstand"],
  "weet-niet": [],
};

/** The referral helper's needs for these situations, each once, in the helper's order. */
export function needsOf(situations: readonly Situation[]): Need[] {
  return [...new Set(situations.flatMap((situation) => SITUATION_NEEDS[situation]))];
}

/** Texts under HelpFinder.steps, in the order they are shown. */
export const FIRST_STEPS = {
  urgent: ["call"],
  post: ["open", "onePlace", "dates", "bring"],
  deurwaarder: ["call", "afford", "check", "minimum"],
  eten: ["meals", "route", "ask"],
  inkomen: ["apply", "gemeente", "toeslagen"],
  achterstand: ["letter", "call", "signal"],
  "weet-niet": ["team", "test"],
  always: ["sign", "loan", "company"],
} as const satisfies Record<Situation | "urgent" | "always", readonly string[]>;

export type StepGroup = keyof typeof FIRST_STEPS;
export type StepKey = { group: StepGroup; step: string };

/**
 * The first steps for this answer: an urgent call first when it cannot wait, then each chosen
 * situation's steps in the form's order ("I don't know" when nothing was chosen), then what
 * holds for everyone. For food today the meals come before the Voedselbank's sign-up route;
 * otherwise the route first.
 */
export function firstSteps(situations: readonly Situation[], urgency: Urgency): StepKey[] {
  const chosen = situations.length > 0 ? SITUATIONS.filter((s) => situations.includes(s)) : (["weet-niet"] as const);
  const steps: StepKey[] = [];
  if (urgency === "vandaag") steps.push({ group: "urgent", step: "call" });
  for (const situation of chosen) {
    let keys: readonly string[] = FIRST_STEPS[situation];
    if (situation === "eten" && urgency !== "vandaag") keys = ["route", "meals", "ask"];
    for (const step of keys) steps.push({ group: situation, step });
  }
  for (const step of FIRST_STEPS.always) steps.push({ group: "always", step });
  return steps;
}
