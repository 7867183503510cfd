// The answer cache against the real search and database: a repeated query is answered from
// memory, a publish (a commit in any connection) makes every instance compute again, and an
// answer ends at its validUntil. Counted through the cache's own counters, the database is real.
import { afterEach, describe, expect, it } from "vitest";
import { resetEnv } from "@/lib/env";
import { runPageSearch } from "@/lib/map/page-search";
import { searchServices } from "@/lib/search/queries";
import { answerCache, createAnswerCache, resetSearchCache, searchServicesAnswer } from "@/lib/search/cached-search";
import { params, TUESDAY_AFTERNOON } from "./search/search-helpers";
import { withSecondConnection } from "./support/second-connection";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
// The first search of a day may refresh the openings window, a write that raises the data
// version; done first so the tests start from a settled version.
const other = withSecondConnection(t, () => searchServices(params("per_page=1"), { now: TUESDAY_AFTERNOON }));

afterEach(() => {
  delete process.env.SEARCH_CACHE;
  resetEnv();
  resetSearchCache();
});

const later = (seconds: number) => new Date(TUESDAY_AFTERNOON.getTime() + seconds * 1000);

/** Renames a service in another connection, as an editor's publish in another instance would. */
async function renameInOtherConnection(serviceId: string, name: string): Promise<void> {
  await other.query(`UPDATE "Service" SET name = $2 WHERE id = $1`, [serviceId, name]);
}

describe("answer cache with the search", () => {
  it("answers the same query a second time from memory, also when spelled differently", async () => {
    const cache = createAnswerCache();
    const first = await searchServicesAnswer(params("category=schuldhulp&per_page=5"), { now: TUESDAY_AFTERNOON, cache });
    const second = await searchServicesAnswer(params("per_page=5&category=schuldhulp&category=schuldhulp&format=geojson"), { now: later(1), cache });
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.value).toEqual(first.value);
    expect(cache.stats).toMatchObject({ computations: 1, hits: 1 });
  });

  it("computes a fresh answer after a publish in another connection", async () => {
    const cache = createAnswerCache();
    const before = await searchServicesAnswer(params("per_page=3"), { now: TUESDAY_AFTERNOON, cache });
    const item = before.value.items[0];
    const name = `${item.service.name} (vernieuwd)`;
    await renameInOtherConnection(item.service.id, name);

    const after = await searchServicesAnswer(params("per_page=100"), { now: later(1), cache });
    const again = await searchServicesAnswer(params("per_page=3"), { now: later(2), cache });
    expect(again.fromCache).toBe(false);
    expect(again.version).toBeGreaterThan(before.version!);
    expect(after.value.items.find((i) => i.id === item.id)?.service.name).toBe(name);
    expect(cache.stats.computations).toBe(3);
  });

  it("never lets a second instance serve an answer from before a publish", async () => {
    const instanceA = createAnswerCache();
    const instanceB = createAnswerCache();
    const query = params("per_page=100");
    const a1 = await searchServicesAnswer(query, { now: TUESDAY_AFTERNOON, cache: instanceA });
    const b1 = await searchServicesAnswer(query, { now: TUESDAY_AFTERNOON, cache: instanceB });
    expect(b1.value).toEqual(a1.value);

    const item = a1.value.items[0];
    const name = `${item.service.name} (tweede instantie)`;
    // Instance B's own write path: through another connection, not through either cache.
    await renameInOtherConnection(item.service.id, name);

    for (const cache of [instanceA, instanceB]) {
      const answer = await searchServicesAnswer(query, { now: later(1), cache });
      expect(answer.fromCache).toBe(false);
      expect(answer.value.items.find((i) => i.id === item.id)?.service.name).toBe(name);
    }
  });

  it("ends an answer at its validUntil, the next opening or closing (a fixed clock)", async () => {
    const cache = createAnswerCache();
    const query = params("open=now&per_page=5");
    const { validUntil } = await searchServicesAnswer(query, { now: TUESDAY_AFTERNOON, cache });
    expect(validUntil).not.toBeNull();
    const change = validUntil!.getTime();
    expect(change).toBeGreaterThan(TUESDAY_AFTERNOON.getTime());

    // A minute before the change (within the cache's maximum age), then just before it and at it.
    const minuteBefore = await searchServicesAnswer(query, { now: new Date(change - 60_000), cache });
    expect(minuteBefore.validUntil?.getTime()).toBe(change);
    const justBefore = await searchServicesAnswer(query, { now: new Date(change - 1), cache });
    expect(justBefore.fromCache).toBe(true);
    const atChange = await searchServicesAnswer(query, { now: new Date(change), cache });
    expect(atChange.fromCache).toBe(false);
    expect(atChange.validUntil!.getTime()).toBeGreaterThan(change);
  });

  it("ends every answer at midnight in Utrecht at the latest: open=mo…su is about the coming day", async () => {
    const cache = createAnswerCache();
    const beforeMidnight = new Date("2026-11-17T22:59:30.000Z"); // 23:59:30 in Utrecht
    const answer = await searchServicesAnswer(params("open=mo"), { now: beforeMidnight, cache });
    expect(answer.validUntil!.getTime()).toBeLessThanOrEqual(Date.parse("2026-11-17T23:00:00.000Z"));
  });

  it("computes every time with SEARCH_CACHE=0", async () => {
    process.env.SEARCH_CACHE = "0";
    resetEnv();
    const cache = createAnswerCache();
    await searchServicesAnswer(params("per_page=2"), { now: TUESDAY_AFTERNOON, cache });
    const second = await searchServicesAnswer(params("per_page=2"), { now: TUESDAY_AFTERNOON, cache });
    expect(second.fromCache).toBe(false);
    expect(cache.stats).toMatchObject({ computations: 2, entries: 0 });
  });

  it("serves the map page's search from the same cache", async () => {
    const url = new URLSearchParams("wijk=overvecht");
    const first = await runPageSearch(url, TUESDAY_AFTERNOON, "127.0.0.1");
    const second = await runPageSearch(url, later(1), "127.0.0.1");
    expect(second.result).toEqual(first.result);
    expect(answerCache().stats).toMatchObject({ computations: 1, hits: 1 });
  });
});
