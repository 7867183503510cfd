import "server-only";
// What the map page offers when its search finds nothing (issue 11, point 4): the searches
// with one filter left out that do find something (counted, relaxed-counts.ts) and the
// buurtteams of the chosen buurt or wijk (or of the buurt the visitor searches from). The
// city-wide numbers are fixed (lib/organisations/city-wide-numbers.ts).
//
// The counts cost the database work on a page anyone can load, so they count against the
// search API's rate limit of the visitor's address, but only when they are computed: an
// answer from the cache is free. Refused, busy or failed, the page leaves the counts out and
// still shows the buurtteam and the numbers.
import { countRelaxedSearches } from "../search/relaxed-counts";
import type { RelaxedCount } from "../search/relaxations";
import { SearchBusyError } from "../search/search-limit";
import { PUBLIC_API_LIMIT } from "../ratelimit/limits";
import { RateLimitedError, retryAfterIfLimited } from "../ratelimit/response";
import { buurtteamsOf, type AreaTeam } from "../wijken/area-teams";
import { errorWithoutMessage, requestLog } from "../log";
import type { FilterOptionsData } from "./filter-options";
import type { PageSearch } from "./page-search";

export type TeamAreaRef = { kind: "buurt" | "wijk"; name: string; wijkSlug: string };

export type NoResultsHelp = {
  /** Every relaxed search counted, in activeFilters' order; null when they were not counted. */
  relaxed: RelaxedCount[] | null;
  /** The buurt or wijk whose buurtteams are shown; null when the search names none. */
  area: TeamAreaRef | null;
  teams: AreaTeam[];
};

type Area = { ref: TeamAreaRef; codes: { buurtCode: string; wijkCode: string } | { wijkCode: string } };

/** The chosen buurt, else the chosen wijk, else the buurt the search is made from (near). */
function chosenArea(search: PageSearch, options: FilterOptionsData): Area | null {
  const { params, result } = search;
  const wijkBySlug = new Map(options.wijken.map((w) => [w.slug, w]));
  const buurtValue = params.buurt ?? result?.near?.buurt?.slug;
  const buurt = buurtValue ? options.buurten.find((b) => b.slug === buurtValue || b.code.toLowerCase() === buurtValue.toLowerCase()) : undefined;
  const buurtWijk = buurt && wijkBySlug.get(buurt.wijkSlug);
  if (buurt && buurtWijk) {
    return { ref: { kind: "buurt", name: buurt.name, wijkSlug: buurtWijk.slug }, codes: { buurtCode: buurt.code, wijkCode: buurtWijk.code } };
  }
  const wijk = params.wijk ? options.wijken.find((w) => w.slug === params.wijk || w.code.toLowerCase() === params.wijk) : undefined;
  return wijk ? { ref: { kind: "wijk", name: wijk.name, wijkSlug: wijk.slug }, codes: { wijkCode: wijk.code } } : null;
}

/** Null unless the search ran and found nothing. `clientAddress`: the visitor, for the rate limit. */
export async function loadNoResultsHelp(search: PageSearch, options: FilterOptionsData, now: Date, clientAddress: string): Promise<NoResultsHelp | null> {
  if (!search.result || search.result.total > 0) return null;
  const area = chosenArea(search, options);
  const admit = async () => {
    const retryAfter = await retryAfterIfLimited(PUBLIC_API_LIMIT, clientAddress);
    if (retryAfter !== null) throw new RateLimitedError(retryAfter);
  };
  const [relaxed, teams] = await Promise.all([
    countRelaxedSearches(search.params, { now, admit }).catch(async (error: unknown) => {
      if (!(error instanceof RateLimitedError || error instanceof SearchBusyError)) {
        (await requestLog()).error("Tellen zonder een filter mislukte", { error: errorWithoutMessage(error) });
      }
      return null;
    }),
    area
      ? buurtteamsOf(area.codes).catch(async (error: unknown) => {
          (await requestLog()).error("Buurtteams van de gekozen buurt of wijk niet gevonden", { error: errorWithoutMessage(error) });
          return [];
        })
      : Promise.resolve([]),
  ]);
  return { relaxed, area: area?.ref ?? null, teams };
}
