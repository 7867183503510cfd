import "server-only";
// GET /api/hsds/taxonomies and /taxonomy_terms (and one of each). Phases and access modes are
// fixed lists; categories a small reference table read whole (tens of rows), so these pages are
// cut in memory. Every category is public: it is a filter on the map.
import { db } from "../db";
import { isHsdsIdShape } from "./ids";
import { pageOf } from "./paged";
import { HsdsNotFound } from "./respond";
import { ACCESS_MODES, accessTerm, categoryTerm, PHASES, phaseTerm, taxonomyNames, toHsdsTaxonomy, type HsdsTaxonomyTerm } from "./taxonomies";
import type { TaxonomyListParams, TaxonomyTermListParams } from "./params";

const cut = <T>(items: T[], page: number, perPage: number) => pageOf(items.slice((page - 1) * perPage, page * perPage), items.length, page, perPage);
const matches = (search: string | undefined, ...texts: (string | undefined)[]) =>
  !search || texts.some((text) => text?.toLocaleLowerCase("nl").includes(search.toLocaleLowerCase("nl")));

async function allTaxonomies() {
  const rows = await db.category.findMany({ select: { taxonomy: true }, distinct: ["taxonomy"] });
  return taxonomyNames(rows.map((row) => row.taxonomy)).map(toHsdsTaxonomy);
}

async function allTerms(): Promise<HsdsTaxonomyTerm[]> {
  const categories = await db.category.findMany({
    select: { id: true, slug: true, name: true, description: true, parentId: true, taxonomy: true },
    orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
  });
  return [...PHASES.map(phaseTerm), ...ACCESS_MODES.map(accessTerm), ...categories.map(categoryTerm)].map((term) => ({ parent_id: undefined, ...term }));
}

export async function hsdsTaxonomyPage({ page, per_page, search }: TaxonomyListParams) {
  const taxonomies = (await allTaxonomies()).filter((t) => matches(search, t.name, t.description));
  return cut(taxonomies, page, per_page);
}

export async function hsdsTaxonomy(id: string) {
  const taxonomy = isHsdsIdShape(id) ? (await allTaxonomies()).find((t) => t.id === id) : undefined;
  if (!taxonomy) throw new HsdsNotFound("taxonomy");
  return taxonomy;
}

export async function hsdsTaxonomyTermPage({ page, per_page, search, taxonomy_id, parent_id, top_only }: TaxonomyTermListParams) {
  const terms = (await allTerms()).filter(
    (term) =>
      matches(search, term.name, term.code, term.description) &&
      (!taxonomy_id || term.taxonomy_id === taxonomy_id) &&
      (!parent_id || term.parent_id === parent_id) &&
      (!top_only || !term.parent_id),
  );
  return cut(terms, page, per_page);
}

export async function hsdsTaxonomyTerm(id: string) {
  const term = isHsdsIdShape(id) ? (await allTerms()).find((t) => t.id === id) : undefined;
  if (!term) throw new HsdsNotFound("taxonomy_term");
  // The whole taxonomy along, as HSDA's taxonomy_detail.
  return { ...term, taxonomy_detail: toHsdsTaxonomy(term.taxonomy) };
}

