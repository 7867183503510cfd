// The answer cache's rules without a database: the data version comes from a variable here,
// the computations are promises the test resolves. Integration tests (search-cache*.test.ts)
// run the same cache against PostgreSQL and the real search.
import { describe, expect, it } from "vitest";
import { AnswerCache, type AnswerCacheOptions, type Computed } from "@/lib/search/answer-cache";
import { ConcurrencyLimit } from "@/lib/search/search-limit";

const T0 = new Date("2026-11-17T13:00:20.000Z");
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function setup(options: Partial<AnswerCacheOptions> = {}) {
  const state = { version: 1n };
  const cache = new AnswerCache({
    maxEntries: 100,
    maxBytes: 1024 * 1024,
    maxAgeMs: 300_000,
    readVersion: async () => state.version,
    ...options,
  });
  return { state, cache };
}

const answer =
  <T>(value: T, ...until: [string | null | undefined] | []) =>
  async (): Promise<Computed<T>> => ({ value, validUntil: until.length ? until[0] : null });

/** A computation that finishes when the test says so. */
function held<T>(value: T) {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  let calls = 0;
  return {
    compute: async (): Promise<Computed<T>> => {
      calls += 1;
      await done;
      return { value, validUntil: null };
    },
    finish,
    calls: () => calls,
  };
}

describe("answer cache", () => {
  it("answers a second identical query from memory", async () => {
    const { cache } = setup();
    const first = await cache.get("services", "k", T0, answer({ n: 1 }));
    const second = await cache.get("services", "k", at(1), answer({ n: 2 }));
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.value).toEqual({ n: 1 });
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1, computations: 1, entries: 1 });
  });

  it("keeps namespaces and queries apart", async () => {
    const { cache } = setup();
    await cache.get("services", "k", T0, answer("services"));
    expect((await cache.get("points", "k", T0, answer("points"))).value).toBe("points");
    expect((await cache.get("services", "other", T0, answer("other"))).value).toBe("other");
    expect(cache.stats.computations).toBe(3);
  });

  it("computes again once the data version has moved, and drops the older answers", async () => {
    const { state, cache } = setup();
    await cache.get("services", "k", T0, answer("old"));
    await cache.get("services", "j", T0, answer("old j"));
    state.version = 2n;
    const fresh = await cache.get("services", "k", at(1), answer("new"));
    expect(fresh.value).toBe("new");
    expect(fresh.version).toBe(2n);
    expect(cache.stats.entries).toBe(1);
  });

  it("ends an answer at its validUntil, and at the maximum age", async () => {
    const { cache } = setup({ maxAgeMs: 120_000 });
    await cache.get("services", "open", T0, answer("before", at(40).toISOString()));
    expect((await cache.get("services", "open", at(39), answer("after"))).value).toBe("before");
    expect((await cache.get("services", "open", at(40), answer("after", null))).value).toBe("after");
    // null: nothing opens or closes, so only the maximum age (120 s from at(40)) ends it.
    expect((await cache.get("services", "open", at(159), answer("later"))).value).toBe("after");
    expect((await cache.get("services", "open", at(160), answer("later"))).value).toBe("later");
  });

  it("holds an answer without a known validUntil to the next whole minute only", async () => {
    const { cache } = setup();
    const first = await cache.get("services", "k", T0, answer("a", undefined));
    expect(first.validUntil?.toISOString()).toBe("2026-11-17T13:01:00.000Z");
    expect((await cache.get("services", "k", at(39), answer("b"))).value).toBe("a");
    expect((await cache.get("services", "k", at(40), answer("b"))).value).toBe("b");
  });

  it("serves an answer to an earlier moment only within the minute it was computed in", async () => {
    const { cache } = setup();
    await cache.get("services", "k", at(50), answer("at 13:01:10"));
    // 13:01:00, the start of that minute: nothing opens or closes between whole minutes.
    expect((await cache.get("services", "k", at(40), answer("at 13:01:00"))).value).toBe("at 13:01:10");
    // 13:00:59.999, the minute before: something may have opened at 13:01.
    expect((await cache.get("services", "k", new Date(at(40).getTime() - 1), answer("at 13:00:59"))).value).toBe("at 13:00:59");
  });

  it("lets identical misses at the same time share one computation", async () => {
    const { cache } = setup();
    const work = held("shared");
    const both = Promise.all([cache.get("services", "k", T0, work.compute), cache.get("services", "k", T0, work.compute)]);
    // Both requests are waiting on the one computation before it may finish.
    while (work.calls() === 0) await new Promise((resolve) => setImmediate(resolve));
    work.finish();
    const [a, b] = await both;
    expect(a.value).toBe("shared");
    expect(b.value).toBe("shared");
    expect(work.calls()).toBe(1);
    expect(cache.stats).toMatchObject({ computations: 1, shared: 1 });
  });

  it("does not keep failures: the next call computes again", async () => {
    const { cache } = setup();
    await expect(cache.get("services", "k", T0, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect((await cache.get("services", "k", T0, answer("up"))).value).toBe("up");
    expect(cache.stats.entries).toBe(1);
  });

  it("stays within its number of entries, least recently used out first", async () => {
    const { cache } = setup({ maxEntries: 2 });
    await cache.get("s", "a", T0, answer("a"));
    await cache.get("s", "b", T0, answer("b"));
    await cache.get("s", "a", T0, answer("a2")); // a is now the most recently used
    await cache.get("s", "c", T0, answer("c"));
    expect(cache.stats).toMatchObject({ entries: 2, evictions: 1 });
    expect((await cache.get("s", "a", T0, answer("a3"))).value).toBe("a");
    expect((await cache.get("s", "b", T0, answer("b2"))).value).toBe("b2");
  });

  it("stays within its bytes, renderings included, and keeps no answer bigger than a quarter of them", async () => {
    const { cache } = setup({ maxBytes: 1000 });
    const big = "x".repeat(300);
    await cache.get("s", "huge", T0, answer(big));
    expect(cache.stats.entries).toBe(0);
    for (const key of ["a", "b", "c", "d", "e"]) await cache.get("s", key, T0, answer("y".repeat(200)));
    expect(cache.stats.bytes).toBeLessThanOrEqual(1000);
    expect(cache.stats.entries).toBe(4);
    const kept = await cache.get("s", "e", T0, answer("z"));
    kept.rendered("json", (value) => JSON.stringify({ value }));
    expect(cache.stats.bytes).toBeLessThanOrEqual(1000);
    expect(cache.stats.entries).toBeLessThan(4);
  });

  it("renders once per answer and name, with a strong ETag of the body", async () => {
    const { cache } = setup();
    let renders = 0;
    const render = (value: string) => {
      renders += 1;
      return JSON.stringify({ value });
    };
    const first = (await cache.get("s", "k", T0, answer("v"))).rendered("json", render);
    const second = (await cache.get("s", "k", T0, answer("v"))).rendered("json", render);
    expect(second).toEqual(first);
    expect(renders).toBe(1);
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
  });

  it("computes every time when turned off (SEARCH_CACHE=0)", async () => {
    const { cache } = setup({ enabled: false });
    await cache.get("s", "k", T0, answer("a"));
    const second = await cache.get("s", "k", T0, answer("b"));
    expect(second.value).toBe("b");
    expect(second.version).toBeNull();
    expect(cache.stats).toMatchObject({ computations: 2, entries: 0 });
  });
});

/** An admission that counts its calls and refuses once it has let `allowed` through. */
function admission(allowed = Infinity) {
  const state = { calls: 0 };
  return {
    admit: async () => {
      state.calls += 1;
      if (state.calls > allowed) throw new Error("refused");
    },
    calls: () => state.calls,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("answer cache admission (the API's rate limit)", () => {
  it("asks only a call that starts a computation: not a hit, not one that shares a running computation", async () => {
    const { cache } = setup();
    const gate = admission();
    const work = held("shared");
    const both = Promise.all([cache.get("s", "k", T0, work.compute, gate.admit), cache.get("s", "k", T0, work.compute, gate.admit)]);
    while (work.calls() === 0) await settle();
    work.finish();
    await both;
    await cache.get("s", "k", at(1), answer("later"), gate.admit);
    expect(gate.calls()).toBe(1);
    expect(cache.stats).toMatchObject({ computations: 1, shared: 1, hits: 1 });
    await cache.get("s", "other", T0, answer("other"), gate.admit);
    expect(gate.calls()).toBe(2);
  });

  it("refuses with the admission's error and computes nothing; an identical caller let in computes for itself", async () => {
    const { cache } = setup();
    const closed = admission(0);
    const open = admission();
    const work = held("v");
    const refused = cache.get("s", "k", T0, work.compute, closed.admit);
    const joined = cache.get("s", "k", T0, work.compute, open.admit);
    await expect(refused).rejects.toThrow("refused");
    while (work.calls() === 0) await settle();
    work.finish();
    expect((await joined).value).toBe("v");
    expect(open.calls()).toBe(1);
    expect(cache.stats).toMatchObject({ computations: 1, entries: 1 });
  });

  it("asks before waiting for a turn: refused by the admission, not by the full queue", async () => {
    // No queue: a call that went for a turn now would be refused as busy.
    const limit = new ConcurrencyLimit({ concurrency: 1, queue: 0, maxWaitMs: 0 });
    const { cache } = setup({ limit });
    const busy = held("busy");
    const running = cache.get("s", "a", T0, busy.compute);
    while (busy.calls() === 0) await settle();
    const closed = admission(0);
    await expect(cache.get("s", "b", T0, answer("b"), closed.admit)).rejects.toThrow("refused");
    expect(limit.refused).toBe(0);
    busy.finish();
    await running;
  });

  it("asks every call when turned off (SEARCH_CACHE=0)", async () => {
    const { cache } = setup({ enabled: false });
    const gate = admission(2);
    await cache.get("s", "k", T0, answer("a"), gate.admit);
    await cache.get("s", "k", T0, answer("a"), gate.admit);
    await expect(cache.get("s", "k", T0, answer("a"), gate.admit)).rejects.toThrow("refused");
    expect(cache.stats.computations).toBe(2);
  });
});
