import "server-only";
// From validated parameters to what the SQL query needs: slugs and codes resolved against
// the cached wijken, buurten and categories (unknown ones are the caller's mistake, not an
// empty filter), words turned into a tsquery, weekdays into a schedule pre-filter.
import { parseClock, type Weekday } from "../hours";
import { SearchInputError } from "./errors";
import type { SqlFilters } from "./matching-rows";
import { openNowDays, previousWeekday } from "./open-now";
import { effectiveSort } from "./ordering";
import { findBuurt, findWijk, lookUp } from "./reference-data";
import { ACCESS_PARAM, PHASE_PARAM, weekdayOf, type SearchParams } from "./schemas";
import { searchWords, trigramText } from "./text-query";

/** What the JS side needs to apply `open`: a weekday (and minute), or "now". */
export type OpenFilter = { kind: "now" } | { kind: "weekday"; weekday: Weekday; minuteOfDay: number | null } | null;

export type ResolvedSearch = { sql: SqlFilters; open: OpenFilter };

function openFilterOf(params: SearchParams): OpenFilter {
  if (!params.open) return null;
  if (params.open === "now") return { kind: "now" };
  return { kind: "weekday", weekday: weekdayOf(params.open), minuteOfDay: params.at ? parseClock(params.at) : null };
}

/** Weekdays whose rules decide the weekday filter. */
function filterWeekdays(open: OpenFilter): Weekday[] {
  if (open?.kind !== "weekday") return [];
  if (open.minuteOfDay === null) return [open.weekday];
  // With a time, a span from the evening before (Monday 22:00–01:00 at Tuesday 00:30) counts too.
  return [open.weekday, previousWeekday(open.weekday)];
}

export async function resolveFilters(params: SearchParams, now: Date): Promise<ResolvedSearch> {
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

  const categories = [...new Set(params.category)];
  for (const slug of categories) {
    if (!(await lookUp((data) => data.categoryBySlug.get(slug)))) {
      throw new SearchInputError("category", `Onbekende categorie "${slug}".`);
    }
  }

  const words = params.q ? searchWords(params.q) : [];
  const open = openFilterOf(params);
  const [yesterday, today] = openNowDays(now);
  // Every item needs "open now" (the open facet); sort=open needs each item's next opening,
  // which can be any day, so it is the one case that fetches all hours.
  const allHours = effectiveSort(params) === "open";
  return {
    open,
    sql: {
      words,
      trigram: trigramText(words),
      wijk,
      buurt,
      categories,
      phases: [...new Set(params.phase.map((p) => PHASE_PARAM[p]))],
      kind: params.kind === "formal" ? "FORMAL" : params.kind === "informal" ? "INFORMAL" : null,
      languages: [...new Set(params.lang)],
      accessModes: [...new Set(params.access.map((a) => ACCESS_PARAM[a]))],
      free: params.free,
      noRegistration: params.no_registration,
      requireHoursOn: open ? filterWeekdays(open) : null,
      ruleWeekdays: allHours ? null : [...new Set([yesterday.weekday, today.weekday, ...filterWeekdays(open)])],
      exceptionDates: { from: yesterday.key, to: allHours ? null : today.key },
    },
  };
}
