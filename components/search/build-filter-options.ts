// From the search result and the reference data to what the filter form shows: every
// choice with how many of the found places have it ("Voedsel (12)"), and the current values.
// Runs on the server, where Intl gives the same names on every request.
import type { FilterOptionsData } from "@/lib/map/filter-options";
import { ACCESS_PARAM, PHASE_PARAM, WEEKDAY_PARAMS, type AccessParam, type PhaseParam, type SearchParams } from "@/lib/search/schemas";
import type { SearchResult } from "@/lib/search/types";
import { facetCount } from "@/lib/search-ui/facets";
import { autonym, languageName, weekdayNames } from "@/lib/search-ui/names";
import type { FieldOption } from "./form-fields";
import type { BuurtGroup, FilterOptions, FilterValues } from "./filter-form";

export type FilterLabels = {
  withCount: (label: string, count: number) => string;
  openNow: string;
  openOn: (day: string) => string;
  phases: Record<PhaseParam, string>;
  kinds: Record<"formal" | "informal", string>;
  access: Record<AccessParam, string>;
  free: string;
  noRegistration: string;
  /** Names ICU does not have (ber). */
  extraLanguage: (code: string) => string | undefined;
  /** A category's name in the page's language (lib/i18n/category-name.ts). */
  categoryName: (category: { slug: string; name: string; nameEn: string }) => string;
};

/** Buurten (sorted by name) per wijk, the wijken in the order their first buurt comes. */
function groupBuurten(buurten: FilterOptionsData["buurten"], wijkName: Map<string, string>): BuurtGroup[] {
  const groups = new Map<string, BuurtGroup>();
  for (const b of buurten) {
    const group = groups.get(b.wijkSlug) ?? { wijk: b.wijkSlug, label: wijkName.get(b.wijkSlug) ?? b.wijkSlug, options: [] };
    group.options.push({ value: b.slug, label: b.name });
    groups.set(b.wijkSlug, group);
  }
  return [...groups.values()];
}

export function buildFilterOptions(data: FilterOptionsData, facets: SearchResult["facets"], locale: string, labels: FilterLabels): FilterOptions {
  const counted = (label: string, name: Parameters<typeof facetCount>[1], value: string) => labels.withCount(label, facetCount(facets, name, value));
  const days = weekdayNames(locale);
  const wijkName = new Map(data.wijken.map((w) => [w.slug, w.name]));
  const languages: FieldOption[] = data.languages
    .map((code) => {
      const name = languageName(code, locale, labels.extraLanguage);
      const own = autonym(code, locale);
      return { value: code, name, label: counted(own ? `${name} · ${own}` : name, "lang", code) };
    })
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map(({ value, label }) => ({ value, label }));

  return {
    wijken: data.wijken.map((w) => ({ value: w.slug, label: counted(w.name, "wijk", w.slug) })),
    buurten: groupBuurten(data.buurten, wijkName),
    categories: data.categories.map((c) => ({ value: c.slug, label: counted(labels.categoryName(c), "category", c.slug) })),
    open: [
      { value: "now", label: counted(labels.openNow, "open", "now") },
      ...WEEKDAY_PARAMS.map((day) => ({ value: day, label: labels.openOn(days[day]) })),
    ],
    languages,
    phases: (Object.keys(PHASE_PARAM) as PhaseParam[]).map((phase) => ({ value: phase, label: counted(labels.phases[phase], "phase", phase) })),
    kinds: (["formal", "informal"] as const).map((kind) => ({ value: kind, label: counted(labels.kinds[kind], "kind", kind) })),
    access: (Object.keys(ACCESS_PARAM) as AccessParam[]).map((mode) => ({ value: mode, label: counted(labels.access[mode], "access", mode) })),
    free: counted(labels.free, "free", "true"),
    noRegistration: counted(labels.noRegistration, "no_registration", "true"),
  };
}

/** The form's values; wijk and buurt as slugs even when the link used a CBS code. */
export function filterValues(params: SearchParams, data: FilterOptionsData): FilterValues {
  const wijk = params.wijk && (data.wijken.find((w) => w.slug === params.wijk || w.code.toLowerCase() === params.wijk)?.slug ?? "");
  const buurt = params.buurt && (data.buurten.find((b) => b.slug === params.buurt || b.code.toLowerCase() === params.buurt)?.slug ?? "");
  return {
    q: params.q ?? "",
    wijk: wijk || "",
    buurt: buurt || "",
    category: params.category[0] ?? "",
    open: params.open ?? "",
    at: params.at ?? "",
    lang: params.lang[0] ?? "",
    phase: params.phase[0] ?? "",
    kind: params.kind ?? "",
    access: params.access,
    free: params.free,
    noRegistration: params.no_registration,
  };
}
