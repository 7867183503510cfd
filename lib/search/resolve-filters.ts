import "server-only";
// From validated parameters to what the SQL query needs: slugs and codes resolved against
// the cached wijken, buurten and categories (unknown ones are the caller's mistake, not an
// empty filter), words for the tsquery and trigram match, open=mo…su into the weekday filter.
import { dateKey, parseClock } from "../hours";
import { SearchInputError } from "./errors";
import { openNowDays, previousWeekday, shiftDate } from "./open-now";
import type { SqlFilters, WeekdayFilter } from "./search-sql";
import { findBuurt, findWijk, lookUp, referenceData } from "./reference-data";
import { ACCESS_PARAM, PHASE_PARAM, weekdayOf, type SearchParams } from "./schemas";
import { residentQuery, type TextGroup } from "./resident-query";
import { searchLexicon } from "./search-lexicon";
import { searchWords, trigramText } from "./text-query";

function weekdayFilter(params: SearchParams, now: Date): WeekdayFilter | null {
  if (!params.open || params.open === "now") return null;
  const weekday = weekdayOf(params.open);
  const [, today] = openNowDays(now);
  return {
    weekday,
    previous: previousWeekday(weekday),
    minuteOfDay: params.at ? parseClock(params.at) : null,
    // "Open on Tuesday" means a coming Tuesday: rules that ended, or start after next week, do not count.
    validFrom: today.key,
    validTo: dateKey(shiftDate(today.date, 6)),
  };
}

export async function resolveFilters(params: SearchParams, now: Date): Promise<SqlFilters> {
  let wijk: SqlFilters["wijk"] = null;
  if (params.wijk) {
    const value = params.wijk;
    const found = await lookUp((data) => {
      const w = findWijk(data, value);
      return w && { code: w.code, buurtCodes: data.buurten.filter((b) => b.wijkCode === w.code).map((b) => b.code) };
    });
    if (!found) throw new SearchInputError("wijk", `Onbekende wijk "${value}". Gebruik een wijknaam zoals overvecht of een CBS-code zoals WK034403.`);
    wijk = found;
  }

  let buurt: SqlFilters["buurt"] = null;
  if (params.buurt) {
    const value = params.buurt;
    const found = await lookUp((data) => findBuurt(data, value));
    if (!found) throw new SearchInputError("buurt", `Onbekende buurt "${value}". Gebruik een buurtnaam (slug) of een CBS-code zoals BU03440311.`);
    buurt = { code: found.code, wijkCode: found.wijkCode };
  }

  const categories: string[] = [];
  for (const slug of new Set(params.category)) {
    const category = await lookUp((data) => data.categoryBySlug.get(slug));
    if (!category) throw new SearchInputError("category", `Onbekende categorie "${slug}".`);
    categories.push(category.id);
  }

  const words = params.q ? searchWords(params.q) : [];
  let groups: SqlFilters["groups"] = [];
  let correctedGroups: SqlFilters["correctedGroups"] = null;
  if (words.length > 0) {
    // The resident-word list and categories by name (issue 11); slugs the database does not
    // know (a category removed) find nothing rather than fail the search.
    const [lexicon, ref] = await Promise.all([searchLexicon(), referenceData()]);
    const query = residentQuery(words, lexicon);
    const toSql = (g: TextGroup) => ({
      alternatives: g.alternatives,
      categoryIds: g.categories.flatMap((slug) => ref.categoryBySlug.get(slug)?.id ?? []),
      languages: g.languages,
    });
    groups = query.groups.map(toSql);
    correctedGroups = query.corrected?.map(toSql) ?? null;
  }
  return {
    words,
    trigram: trigramText(words),
    groups,
    correctedGroups,
    wijk,
    buurt,
    categories,
    phases: [...new Set(params.phase.map((p) => PHASE_PARAM[p]))],
    kind: params.kind === "formal" ? "FORMAL" : params.kind === "informal" ? "INFORMAL" : null,
    languages: [...new Set(params.lang)],
    accessModes: [...new Set(params.access.map((a) => ACCESS_PARAM[a]))],
    free: params.free,
    noRegistration: params.no_registration,
    openNow: params.open === "now",
    weekday: weekdayFilter(params, now),
  };
}
