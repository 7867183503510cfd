// The search, cache and pool settings of issue 10 as lib/env.ts reads them.
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

describe("search, cache and pool settings", () => {
  it("have defaults that bound every instance", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      DATABASE_POOL_SIZE: 10,
      DATABASE_READ_STATEMENT_TIMEOUT: 10_000,
      SEARCH_CACHE: true,
      SEARCH_CACHE_ENTRIES: 1000,
      SEARCH_CACHE_MB: 64,
      SEARCH_CACHE_MAX_AGE: 300,
      SEARCH_QUEUE: 100,
      SEARCH_QUEUE_WAIT: 5000,
    });
    expect(env.DATABASE_READ_URL).toBeUndefined();
    expect(env.SEARCH_CONCURRENCY).toBeUndefined();
  });

  it("SEARCH_CACHE=0 turns the cache off; numbers are read as numbers", () => {
    const env = parseEnv({ SEARCH_CACHE: "0", DATABASE_POOL_SIZE: "25", SEARCH_CONCURRENCY: "4", SEARCH_QUEUE: "0" });
    expect(env).toMatchObject({ SEARCH_CACHE: false, DATABASE_POOL_SIZE: 25, SEARCH_CONCURRENCY: 4, SEARCH_QUEUE: 0 });
  });

  it("refuses a read URL that is not PostgreSQL and a pool of none", () => {
    expect(() => parseEnv({ DATABASE_READ_URL: "mysql://x@y/z" })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "0" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => parseEnv({ SEARCH_CACHE: "maybe" })).toThrow(/SEARCH_CACHE/);
  });
});
