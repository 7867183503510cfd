// No dead ends (issue 11, point 4): the counts of the searches with one filter left out, on
// the seeded Utrecht database. Each count must be what the search itself finds without that
// filter; only the active filters are counted; however many filters, the counts cost one
// statement, go through the answer cache and its admission (the rate limit), and the page's
// helper still shows the buurtteam when the counts are refused.
import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadFilterOptions } from "@/lib/map/filter-options";
import { loadNoResultsHelp } from "@/lib/map/no-results";
import { runPageSearch } from "@/lib/map/page-search";
import { PUBLIC_API_LIMIT } from "@/lib/ratelimit/limits";
import { hitRateLimit } from "@/lib/ratelimit/rate-limit";
import { RateLimitedError } from "@/lib/ratelimit/response";
import { answerCache, resetSearchCache } from "@/lib/search/cached-search";
import { countRelaxedSearches } from "@/lib/search/relaxed-counts";
import { helpfulRelaxations, MAX_RELAXATIONS, paramsOf, type RelaxableFilter } from "@/lib/search/relaxations";
import { buurtteamsOf } from "@/lib/wijken/area-teams";
import { buurten } from "@/prisma/seed/neighbourhoods";
import { buurtteams } from "@/prisma/seed/buurtteams";
import { behindOneProxyInAFreshWindow } from "../support/rate-limit-clock";
import { withTestDatabase } from "../support/test-database";
import { keysOf, params, searchAll, TUESDAY_AFTERNOON } from "./search-helpers";

withTestDatabase();
// The rate limit counts in fixed windows: the clock stands still inside one (only Date is faked).
behindOneProxyInAFreshWindow(PUBLIC_API_LIMIT);

afterEach(() => resetSearchCache());

/** The issue's search: Arabic food help in Zuidwest on a Monday, which finds nothing. */
const ISSUE = "wijk=zuidwest&category=voedsel&open=mo&lang=ar";
/** Every kind of filter at once, values repeated: more than MAX_RELAXATIONS. */
const EVERYTHING =
  "q=hulp&wijk=zuidwest&buurt=kanaleneiland-noord&category=voedsel&category=geldvragen&category=voedsel&open=mo&at=10:00&lang=ar&lang=tr&access=walk-in&phase=signaleren&kind=informal&free=true&no_registration=true";

function without(query: string, filter: RelaxableFilter): string {
  const next = new URLSearchParams(query);
  for (const key of paramsOf(filter)) next.delete(key);
  return next.toString();
}

/** Statements sent to PostgreSQL (every client: Prisma's pool and the data-version pool) while `work` runs. */
async function statementsDuring<T>(work: () => Promise<T>): Promise<{ value: T; statements: number }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const value = await work();
    return { value, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

describe("countRelaxedSearches", () => {
  it("counts, for the issue's empty search, what the search finds without each of its filters", async () => {
    expect((await searchAll(ISSUE)).total).toBe(0);
    const counts = await countRelaxedSearches(params(ISSUE), { now: TUESDAY_AFTERNOON });
    expect(counts.map((c) => c.filter)).toEqual(["area", "category", "open", "lang"]);
    for (const { filter, count } of counts) {
      expect(count, filter).toBe((await searchAll(without(ISSUE, filter))).total);
    }
    // The help the issue names is behind those links: the mosque's Friday food parcels
    // without the day, Al Amal's Arabic walk-in about letters and money without "voedsel".
    expect(await keysOf(without(ISSUE, "open"))).toContain("moskee-kanaleneiland/voedselpakketten/Moskee Kanaleneiland");
    expect([...(await keysOf(without(ISSUE, "category")))].some((key) => key.startsWith("al-amal/"))).toBe(true);
    // The page's links: only what finds something, most first.
    const helpful = helpfulRelaxations(counts);
    expect(helpful.every((c) => c.count > 0)).toBe(true);
    expect(helpful.map((c) => c.count)).toEqual([...helpful.map((c) => c.count)].sort((a, b) => b - a));
    expect(helpful.map((c) => c.filter)).toEqual(expect.arrayContaining(["category", "open"]));
  });

  it("counts only active filters, one per kind however often a value repeats, at most MAX_RELAXATIONS", async () => {
    expect(await countRelaxedSearches(params(""), { now: TUESDAY_AFTERNOON })).toEqual([]);
    expect((await countRelaxedSearches(params("lang=ar&lang=ar&lang=tr"), { now: TUESDAY_AFTERNOON })).map((c) => c.filter)).toEqual(["lang"]);

    const counts = await countRelaxedSearches(params(EVERYTHING), { now: TUESDAY_AFTERNOON });
    expect(counts.map((c) => c.filter)).toEqual(["area", "q", "category", "open", "lang", "access", "phase", "kind"]);
    expect(counts).toHaveLength(MAX_RELAXATIONS);
    for (const { filter, count } of counts) {
      expect(count, filter).toBe((await searchAll(without(EVERYTHING, filter))).total);
    }
  });

  it("keeps 'open now' in the counts that keep it, at the moment asked", async () => {
    const query = "open=now&category=voedsel&lang=ar";
    const counts = await countRelaxedSearches(params(query), { now: TUESDAY_AFTERNOON });
    for (const { filter, count } of counts) {
      expect(count, filter).toBe((await searchAll(without(query, filter))).total);
    }
  });

  it("costs the same few statements for two filters as for eight, and none but the version read from the cache", async () => {
    // Settle what a process does once, not per search: the openings window, the wijken, buurten
    // and categories the filters are resolved against.
    await countRelaxedSearches(params(EVERYTHING), { now: TUESDAY_AFTERNOON });
    resetSearchCache();

    // Both with q: a search that keeps q also reads the data version of the resident-word
    // lexicon (search-lexicon.ts), once for all of them.
    const one = await statementsDuring(() => countRelaxedSearches(params("q=hulp&lang=ar"), { now: TUESDAY_AFTERNOON }));
    const eight = await statementsDuring(() => countRelaxedSearches(params(EVERYTHING), { now: TUESDAY_AFTERNOON }));
    expect(eight.value).toHaveLength(8);
    expect(one.statements).toBeGreaterThan(0);
    expect(eight.statements).toBe(one.statements);
    expect(eight.statements).toBeLessThanOrEqual(3);
    expect(answerCache().stats.computations).toBe(2);

    // Another page, order or starting point of the same filters: from the cache.
    const again = await statementsDuring(() => countRelaxedSearches(params(`${EVERYTHING}&page=3&sort=name&near=52.08,5.10`), { now: TUESDAY_AFTERNOON }));
    expect(again.value).toEqual(eight.value);
    expect(again.statements).toBe(1);
    expect(answerCache().stats.computations).toBe(2);
  });

  it("asks its admission only when it computes, and gives up when refused", async () => {
    const admit = vi.fn(async () => {});
    await countRelaxedSearches(params(ISSUE), { now: TUESDAY_AFTERNOON, admit });
    await countRelaxedSearches(params(`${ISSUE}&page=2`), { now: TUESDAY_AFTERNOON, admit });
    expect(admit).toHaveBeenCalledTimes(1);

    const refuse = async () => {
      throw new RateLimitedError(30);
    };
    await expect(countRelaxedSearches(params("kind=informal&free=true"), { now: TUESDAY_AFTERNOON, admit: refuse })).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("buurtteamsOf", () => {
  /** The seed's teams whose service area includes one of these buurten, by slug. */
  const seedTeamsServing = (codes: string[]) =>
    buurtteams
      .filter((team) => team.services.some((service) => service.areas?.buurten?.some((code) => codes.includes(code))))
      .map((team) => team.slug)
      .sort();

  it("finds every team serving a buurt of the wijk, sociaal first", async () => {
    const zuidwest = buurten.filter((b) => b.wijkCode === "WK034408").map((b) => b.code);
    const teams = await buurtteamsOf({ wijkCode: "WK034408" });
    expect(teams.map((team) => team.slug).sort()).toEqual(seedTeamsServing(zuidwest));
    expect(teams.length).toBeGreaterThanOrEqual(2);
    const kinds = teams.map((team) => team.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === "sociaal" ? -1 : 1)));
    expect(teams.every((team) => team.phone)).toBe(true);
  });

  it("finds one sociaal and one jeugd & gezin team for a buurt", async () => {
    const teams = await buurtteamsOf({ buurtCode: "BU03440821", wijkCode: "WK034408" });
    expect(teams.map((team) => team.slug).sort()).toEqual(seedTeamsServing(["BU03440821"]));
    expect(teams.map((team) => team.kind)).toEqual(["sociaal", "jeugdEnGezin"]);
  });
});

describe("loadNoResultsHelp (the map page)", () => {
  const page = (query: string, address: string) =>
    runPageSearch(new URLSearchParams(query), TUESDAY_AFTERNOON, address).then(async (search) => ({
      search,
      help: await loadNoResultsHelp(search, await loadFilterOptions(), TUESDAY_AFTERNOON, address),
    }));

  it("gives the counts and the buurtteams of the chosen wijk for an empty search, nothing for a search that finds something", async () => {
    const { help } = await page(ISSUE, "198.51.100.1");
    expect(help?.area).toEqual({ kind: "wijk", name: "Zuidwest", wijkSlug: "zuidwest" });
    expect(help?.relaxed?.map((c) => c.filter)).toEqual(["area", "category", "open", "lang"]);
    expect(help?.teams.map((team) => team.name)).toContain("Buurtteam Sociaal Kanaleneiland");

    expect((await page("wijk=zuidwest", "198.51.100.1")).help).toBeNull();
  });

  it("takes the buurt before the wijk, and the buurt searched from when none is chosen", async () => {
    const buurt = await page("wijk=zuidwest&buurt=kanaleneiland-noord&lang=xx", "198.51.100.2");
    expect(buurt.help?.area).toEqual({ kind: "buurt", name: "Kanaleneiland-Noord", wijkSlug: "zuidwest" });
    expect(buurt.help?.teams).toHaveLength(2);

    const near = await page("near=52.0795,5.0945&lang=xx", "198.51.100.2");
    expect(near.search.result?.near?.buurt).not.toBeNull();
    expect(near.help?.area?.kind).toBe("buurt");
    expect(near.help?.area?.name).toBe(near.search.result?.near?.buurt?.name);
  });

  it("counts against the visitor's search limit only when computing; over it, still the buurtteam without counts", async () => {
    const address = "198.51.100.3";
    for (let i = 0; i < PUBLIC_API_LIMIT.limit; i++) await hitRateLimit(PUBLIC_API_LIMIT, address);
    const limited = await page("wijk=overvecht&lang=xx", address);
    expect(limited.help?.relaxed).toBeNull();
    expect(limited.help?.teams.length).toBeGreaterThan(0);

    // The same counts computed for another visitor are then free for this one too.
    await page("wijk=overvecht&lang=xx", "198.51.100.4");
    expect((await page("wijk=overvecht&lang=xx", address)).help?.relaxed).not.toBeNull();
  });
});
