// The one place where the referral helper's words for a client's needs meet the map's
// categories (prisma/seed/categories.ts) and debt phases. Everything else — the form, the
// query, the ranking — reads these tables, so a new need or category is added here only.
import type { DebtPhase } from "../generated/prisma/enums";

export const NEEDS = [
  "betalingsachterstand",
  "zware-schulden",
  "voedselnood",
  "formulieren",
  "administratie",
  "inkomen",
  "eenzaamheid",
] as const;
export type Need = (typeof NEEDS)[number];

export const URGENCIES = ["vandaag", "deze-week", "geen-haast"] as const;
export type Urgency = (typeof URGENCIES)[number];

type NeedDefinition = {
  categories: readonly string[];
  phases: readonly DebtPhase[];
  /**
   * "light": a worry that volunteers and neighbourhood initiatives (SOCIALE_BASIS) help with
   * well; "core": a need to act on now. Arrears count as light only when there is no hurry.
   */
  weight: "core" | "light";
};

export const NEED_DEFINITIONS: Record<Need, NeedDefinition> = {
  betalingsachterstand: { categories: ["wonen", "schuldhulp", "geldvragen"], phases: ["SIGNALEREN", "TOELEIDEN", "STABILISEREN"], weight: "core" },
  "zware-schulden": { categories: ["schuldhulp", "beschermingsbewind"], phases: ["STABILISEREN", "OPLOSSEN"], weight: "core" },
  voedselnood: { categories: ["voedsel"], phases: ["STABILISEREN"], weight: "core" },
  formulieren: { categories: ["formulierenhulp", "toeslagen"], phases: ["SIGNALEREN", "TOELEIDEN"], weight: "light" },
  administratie: { categories: ["administratie", "financieel-maatje"], phases: ["STABILISEREN", "NAZORG"], weight: "light" },
  inkomen: { categories: ["inkomensondersteuning", "u-pas", "werk-en-inkomen"], phases: ["STABILISEREN"], weight: "core" },
  eenzaamheid: { categories: ["ontmoeting"], phases: ["NAZORG"], weight: "light" },
};

export function isNeed(value: string): value is Need {
  return (NEEDS as readonly string[]).includes(value);
}

export function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}

/** Heavy debts call for the formal route: heavy debts, or arrears that cannot wait. */
export function needsFormalDebtRoute(needs: readonly Need[], urgency: Urgency): boolean {
  return needs.includes("zware-schulden") || (needs.includes("betalingsachterstand") && urgency !== "geen-haast");
}

function weightOf(need: Need, urgency: Urgency): "core" | "light" {
  if (need === "betalingsachterstand" && urgency === "geen-haast") return "light";
  return NEED_DEFINITIONS[need].weight;
}

/** The needs to act on now, in form order. */
export function coreNeeds(needs: readonly Need[], urgency: Urgency): Need[] {
  return NEEDS.filter((need) => needs.includes(need) && weightOf(need, urgency) === "core");
}

/** Every category any of the needs asks for: what the search is filtered on. */
export function categoriesFor(needs: readonly Need[]): string[] {
  return [...new Set(needs.flatMap((need) => NEED_DEFINITIONS[need].categories))];
}

/** Categories of the needs to act on now, and those only of lighter needs. */
export function categoriesByWeight(needs: readonly Need[], urgency: Urgency): { core: Set<string>; light: Set<string> } {
  const core = new Set(needs.filter((n) => weightOf(n, urgency) === "core").flatMap((n) => NEED_DEFINITIONS[n].categories));
  const light = new Set(
    needs.filter((n) => weightOf(n, urgency) === "light").flatMap((n) => NEED_DEFINITIONS[n].categories).filter((c) => !core.has(c)),
  );
  return { core, light };
}

/** The needs a service's categories answer, in the order of NEEDS: for "why is this here". */
export function needsMetBy(categories: readonly string[], needs: readonly Need[]): Need[] {
  return NEEDS.filter((need) => needs.includes(need) && NEED_DEFINITIONS[need].categories.some((c) => categories.includes(c)));
}

export function phasesFor(needs: readonly Need[]): DebtPhase[] {
  return [...new Set(needs.flatMap((need) => NEED_DEFINITIONS[need].phases))];
}
