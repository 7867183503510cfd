// The answer cache (issue 10, point 2; docs/decisions/0009-answer-cache.md): answers of search
// and map points kept in this instance's memory, under the normalised query and the data
// version the database reports. Every commit that changes published data raises that version
// (a trigger), so an instance that reads it before answering never serves an answer from
// before a publish, however many instances there are. An answer with open states also ends at
// its validUntil: the next minute an item in it opens or closes.
//
// Bounded in entries and in bytes (the JSON size of the answers), least recently used first
// out. Identical misses at the same time share one computation, which runs under the search
// concurrency limit (search-limit.ts). Errors are never cached.
//
// A caller may pass an admission (`admit`): it runs only when this call is about to start a
// computation of its own, before it waits for a turn, and may refuse by throwing. The public
// API counts its rate limit there (lib/ratelimit/response.ts admitUnder), so answers from
// memory and shared computations cost no rate-limit write.
import { createHash } from "node:crypto";
import type { DataVersionReader } from "./data-version";
import type { ConcurrencyLimit } from "./search-limit";

export type Computed<T> = {
  value: T;
  /**
   * ISO instant at which the answer's open states change; null when none changes soon.
   * Undefined when the computation does not know: then the answer holds to the next whole
   * minute (opening hours are whole minutes).
   */
  validUntil: string | null | undefined;
};

export type Rendering = { body: string; etag: string };

/**
 * Runs before a call starts a computation of its own (not for hits or shared computations);
 * throws to refuse it, and the call rejects with that error.
 */
export type Admission = () => Promise<void>;

export type Answer<T> = {
  value: T;
  /** When the answer may change by itself (open states); null: only a publish changes it. */
  validUntil: Date | null;
  /** The data version the answer was computed at or after; null when the cache is off. */
  version: bigint | null;
  /** Whether this call was answered without a computation of its own. */
  fromCache: boolean;
  /** The answer serialised by `render`, kept with the answer so a hit does not serialise again. */
  rendered(name: string, render: (value: T) => string): Rendering;
};

export type AnswerCacheOptions = {
  maxEntries: number;
  maxBytes: number;
  /** Longest an answer is kept, in milliseconds, whatever its validUntil. */
  maxAgeMs: number;
  readVersion: DataVersionReader;
  /** Where computations wait their turn; none: they run at once. */
  limit?: ConcurrencyLimit;
  /** False: every call computes (SEARCH_CACHE=0), still under the limit. */
  enabled?: boolean;
};

export type AnswerCacheStats = {
  hits: number;
  misses: number;
  /** Calls of a compute function: what reaches the database's search queries. */
  computations: number;
  /** Misses that joined a computation another request had started. */
  shared: number;
  evictions: number;
  entries: number;
  bytes: number;
};

type Entry = {
  value: unknown;
  version: bigint;
  computedAt: number;
  expiresAt: number;
  validUntil: number | null;
  bytes: number;
  renderings: Map<string, Rendering>;
  /** Whether the entry is in the cache (and its bytes in the total). */
  stored: boolean;
};

const MINUTE = 60_000;

/** What a computation in `computing` comes to when its starter was refused admission. */
const REFUSED = Symbol("refused admission");

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function validUntilOf(validUntil: string | null | undefined, now: number): number | null {
  if (validUntil === null) return null;
  if (validUntil === undefined) return (Math.floor(now / MINUTE) + 1) * MINUTE;
  const at = Date.parse(validUntil);
  return Number.isNaN(at) ? (Math.floor(now / MINUTE) + 1) * MINUTE : at;
}

export class AnswerCache {
  /** In least recently used order: a hit moves its entry to the end. */
  private readonly entries = new Map<string, Entry>();
  private readonly computing = new Map<string, Promise<Entry | typeof REFUSED>>();
  private bytes = 0;
  private newestVersion = -1n;
  private readonly counts = { hits: 0, misses: 0, computations: 0, shared: 0, evictions: 0 };

  constructor(readonly options: AnswerCacheOptions) {}

  get stats(): AnswerCacheStats {
    return { ...this.counts, entries: this.entries.size, bytes: this.bytes };
  }

  get enabled(): boolean {
    return this.options.enabled !== false;
  }

  /**
   * The answer to `queryKey` in `namespace` (e.g. "services", "points") at `now`: from memory
   * when an entry of the current data version is valid at `now`, else from `compute`, after
   * `admit` lets this call start it.
   */
  async get<T>(
    namespace: string,
    queryKey: string,
    now: Date,
    compute: () => Promise<Computed<T>>,
    admit?: Admission,
  ): Promise<Answer<T>> {
    const at = now.getTime();
    if (!this.enabled) {
      this.counts.misses += 1;
      return this.answer<T>(await this.admitAndCompute(admit, compute, at, -1n), false, null);
    }
    const version = await this.options.readVersion();
    if (version > this.newestVersion) this.forgetBefore(version);
    const key = `${namespace}\u0000${version}\u0000${queryKey}`;

    const kept = this.entries.get(key);
    if (kept && this.validAt(kept, at)) {
      this.entries.delete(key);
      this.entries.set(key, kept);
      this.counts.hits += 1;
      return this.answer<T>(kept, true, version);
    }
    if (kept) this.remove(key, kept);

    this.counts.misses += 1;
    for (let running = this.computing.get(key); running; running = this.computing.get(key)) {
      const entry = await running;
      // Its starter was refused admission: nothing was computed. By now (its own continuation
      // ran first) it is out of `computing`: start or join the next one.
      if (entry === REFUSED) continue;
      // Started for another moment (a request a minute later, or a test's fixed clock): only
      // shared when it is valid at this one too.
      if (this.validAt(entry, at)) {
        this.counts.shared += 1;
        return this.answer<T>(entry, true, version);
      }
      return this.answer<T>(await this.admitAndCompute(admit, compute, at, version), false, version);
    }

    // Registered before the admission's await, so identical requests arriving meanwhile join it
    // instead of each being counted and computing.
    let refusal: unknown;
    const computation = (async (): Promise<Entry | typeof REFUSED> => {
      try {
        await admit?.();
      } catch (error) {
        refusal = error;
        return REFUSED;
      }
      return this.compute(compute, at, version);
    })();
    this.computing.set(key, computation);
    try {
      const entry = await computation;
      if (entry === REFUSED) throw refusal;
      // Only the newest version is stored: a publish during the computation already made it old.
      if (version >= this.newestVersion) this.store(key, entry);
      return this.answer<T>(entry, false, version);
    } finally {
      if (this.computing.get(key) === computation) this.computing.delete(key);
    }
  }

  /** Forgets every answer (tests, and an operator's lever). */
  clear(): void {
    for (const [key, entry] of this.entries) this.remove(key, entry);
  }

  private async admitAndCompute<T>(admit: Admission | undefined, compute: () => Promise<Computed<T>>, at: number, version: bigint): Promise<Entry> {
    await admit?.();
    return this.compute(compute, at, version);
  }

  private async compute<T>(compute: () => Promise<Computed<T>>, at: number, version: bigint): Promise<Entry> {
    const run = async () => {
      this.counts.computations += 1;
      return compute();
    };
    const { value, validUntil } = await (this.options.limit ? this.options.limit.run(run) : run());
    const until = validUntilOf(validUntil, at);
    return {
      value,
      version,
      computedAt: at,
      expiresAt: Math.min(at + this.options.maxAgeMs, until ?? Infinity),
      validUntil: until,
      bytes: this.enabled ? Buffer.byteLength(JSON.stringify(value)) : 0,
      renderings: new Map(),
      stored: false,
    };
  }

  private answer<T>(entry: Entry, fromCache: boolean, version: bigint | null): Answer<T> {
    return {
      value: entry.value as T,
      validUntil: entry.validUntil === null ? null : new Date(entry.validUntil),
      version,
      fromCache,
      rendered: (name, render) => {
        let rendering = entry.renderings.get(name);
        if (!rendering) {
          const body = render(entry.value as T);
          rendering = { body, etag: etagOf(body) };
          entry.renderings.set(name, rendering);
          // The rendering lives as long as the entry: it counts towards the byte budget.
          const size = Buffer.byteLength(body);
          entry.bytes += size;
          if (entry.stored) {
            this.bytes += size;
            this.evictOverBudget();
          }
        }
        return rendering;
      },
    };
  }

  /**
   * From the start of the minute it was computed in: openings and closings fall on whole
   * minutes (hours are HH:MM), so a request that took its clock a moment before the
   * computation did, in the same minute, gets the same answer instead of a computation of its
   * own. Before that minute the answer is unknown: a test's fixed clock may go back.
   */
  private validAt(entry: Entry, at: number): boolean {
    return at >= Math.floor(entry.computedAt / MINUTE) * MINUTE && at < entry.expiresAt;
  }

  private store(key: string, entry: Entry): void {
    // An answer bigger than a quarter of the budget would push out many others for one query.
    if (entry.bytes > this.options.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, entry);
    entry.stored = true;
    this.bytes += entry.bytes;
    this.evictOverBudget();
  }

  private evictOverBudget(): void {
    for (const [oldestKey, oldest] of this.entries) {
      if (this.entries.size <= this.options.maxEntries && this.bytes <= this.options.maxBytes) break;
      this.remove(oldestKey, oldest);
      this.counts.evictions += 1;
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    entry.stored = false;
    this.bytes -= entry.bytes;
  }

  /** A publish makes every older answer unreachable: free their memory at once. */
  private forgetBefore(version: bigint): void {
    this.newestVersion = version;
    for (const [key, entry] of this.entries) {
      if (entry.version < version) this.remove(key, entry);
    }
  }
}
