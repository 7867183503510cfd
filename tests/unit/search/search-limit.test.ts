// The limit on concurrent searches, held by promises the test controls: no timing.
import { describe, expect, it } from "vitest";
import { ConcurrencyLimit, SearchBusyError } from "@/lib/search/search-limit";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("search concurrency limit", () => {
  it("runs up to its concurrency at once, queues the next ones in order, refuses beyond the queue", async () => {
    const limit = new ConcurrencyLimit({ concurrency: 2, queue: 1, maxWaitMs: 0 });
    const started: string[] = [];
    const gates = { a: gate(), b: gate(), c: gate() };
    const run = (name: keyof typeof gates) =>
      limit.run(async () => {
        started.push(name);
        await gates[name].opened;
        return name;
      });
    const a = run("a");
    const b = run("b");
    const c = run("c");
    await settle();
    expect(started).toEqual(["a", "b"]);
    expect([limit.active, limit.queued]).toEqual([2, 1]);

    await expect(limit.run(async () => "d")).rejects.toBeInstanceOf(SearchBusyError);
    expect(limit.refused).toBe(1);

    gates.a.open();
    expect(await a).toBe("a");
    await settle();
    expect(started).toEqual(["a", "b", "c"]);
    gates.b.open();
    gates.c.open();
    expect(await Promise.all([b, c])).toEqual(["b", "c"]);
    expect([limit.active, limit.queued]).toEqual([0, 0]);
  });

  it("frees the turn of a search that failed", async () => {
    const limit = new ConcurrencyLimit({ concurrency: 1, queue: 0, maxWaitMs: 0 });
    await expect(limit.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limit.run(async () => "next")).toBe("next");
  });

  it("refuses a search that waited longer than the maximum wait", async () => {
    const { vi } = await import("vitest");
    vi.useFakeTimers();
    try {
      const limit = new ConcurrencyLimit({ concurrency: 1, queue: 5, maxWaitMs: 1000 });
      const holder = gate();
      const first = limit.run(() => holder.opened);
      const waiting = limit.run(async () => "never");
      const refused = expect(waiting).rejects.toMatchObject({ reason: "waited_too_long", retryAfterSeconds: 2 });
      await vi.advanceTimersByTimeAsync(1000);
      await refused;
      expect(limit.queued).toBe(0);
      holder.open();
      await first;
      expect(limit.active).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
