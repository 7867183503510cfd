// The three HSDS taxonomies of the map: the debt-help phases and the ways to get help (fixed
// lists, our enums) and the categories of help (the Category table; its `taxonomy` column names
// the taxonomy a category belongs to). Ids come from hsdsId, so they stay the same between
// requests and between the service export and the taxonomy endpoints.
import type { AccessMode, Category, DebtPhase } from "../generated/prisma/client";
import detail from "../i18n/messages/nl/detail.json";
import { hsdsId } from "./ids";

export const PHASE_TAXONOMY = "schuldhulp-fasen-utrecht";
export const ACCESS_TAXONOMY = "toegang-sociale-kaart-utrecht";
export const CATEGORY_TAXONOMY = "sociale-kaart-utrecht";

export const PHASES: readonly DebtPhase[] = ["SIGNALEREN", "TOELEIDEN", "STABILISEREN", "OPLOSSEN", "NAZORG"];
export const ACCESS_MODES: readonly AccessMode[] = ["WALK_IN", "APPOINTMENT", "HOME_VISIT", "PHONE", "ONLINE"];

const TAXONOMY_DESCRIPTIONS: Record<string, string> = {
  [PHASE_TAXONOMY]: "De fasen van de schuldhulp in Utrecht: van geldzorgen op tijd zien tot hulp daarna.",
  [ACCESS_TAXONOMY]: "Hoe je bij de hulp terechtkunt: binnenlopen, op afspraak, thuis, telefonisch of online.",
  [CATEGORY_TAXONOMY]: "De soorten hulp op de sociale kaart van Utrecht.",
};

export function taxonomyId(name: string): string {
  return hsdsId("taxonomy", name);
}

export function toHsdsTaxonomy(name: string) {
  return { id: taxonomyId(name), name, description: TAXONOMY_DESCRIPTIONS[name] ?? `Taxonomie ${name}.`, version: "1" };
}

/** Every taxonomy: the two fixed ones and each one a category names. */
export function taxonomyNames(categoryTaxonomies: readonly string[]): string[] {
  return [...new Set([PHASE_TAXONOMY, ACCESS_TAXONOMY, CATEGORY_TAXONOMY, ...categoryTaxonomies])].sort();
}

export const phaseTermId = (phase: DebtPhase) => hsdsId("taxonomy_term", `phase:${phase}`);
export const accessTermId = (mode: AccessMode) => hsdsId("taxonomy_term", `access:${mode}`);
export const categoryTermId = (category: Pick<Category, "id">) => hsdsId("taxonomy_term", category.id);

export function phaseTerm(phase: DebtPhase) {
  return {
    id: phaseTermId(phase),
    code: phase.toLowerCase(),
    name: detail.Terms.phase[phase],
    description: `Fase in de schuldhulp: ${detail.Terms.phase[phase].toLowerCase()}.`,
    taxonomy: PHASE_TAXONOMY,
    taxonomy_id: taxonomyId(PHASE_TAXONOMY),
    language: "nl",
  };
}

export function accessTerm(mode: AccessMode) {
  return {
    id: accessTermId(mode),
    code: mode.toLowerCase().replaceAll("_", "-"),
    name: detail.Terms.accessMode[mode],
    description: `Zo kun je bij de hulp terecht: ${detail.Terms.accessMode[mode].toLowerCase()}.`,
    taxonomy: ACCESS_TAXONOMY,
    taxonomy_id: taxonomyId(ACCESS_TAXONOMY),
    language: "nl",
  };
}

export type TermCategory = Pick<Category, "id" | "slug" | "name" | "description" | "parentId" | "taxonomy">;

export function categoryTerm(category: TermCategory) {
  return {
    id: categoryTermId(category),
    code: category.slug,
    name: category.name,
    description: category.description ?? category.name,
    parent_id: category.parentId ? hsdsId("taxonomy_term", category.parentId) : undefined,
    taxonomy: category.taxonomy,
    taxonomy_id: taxonomyId(category.taxonomy),
    language: "nl",
  };
}

export type HsdsTaxonomyTerm = ReturnType<typeof categoryTerm>;

/** What a taxonomy_term_id stands for, to filter services on. */
export type TermTarget = { kind: "phase"; phase: DebtPhase } | { kind: "access"; mode: AccessMode } | { kind: "category"; categoryId: string };

export function fixedTermTarget(id: string): TermTarget | null {
  const phase = PHASES.find((p) => phaseTermId(p) === id);
  if (phase) return { kind: "phase", phase };
  const mode = ACCESS_MODES.find((m) => accessTermId(m) === id);
  if (mode) return { kind: "access", mode };
  return null;
}
