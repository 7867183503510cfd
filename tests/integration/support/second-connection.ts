// A second, plain connection to the file's test database, as another process or instance would
// have: for tests of what a commit elsewhere does (data version, answer caches).
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import type { TestDatabase } from "./test-database";

export type SecondConnection = {
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
};

/** Call once at the top of a test file, after withTestDatabase. `settle` runs once it is open. */
export function withSecondConnection(t: TestDatabase, settle?: () => Promise<unknown>): SecondConnection {
  let client: pg.Client | undefined;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: t.url });
    await client.connect();
    await settle?.();
  });
  afterAll(async () => {
    await client?.end();
  });
  return {
    query: <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => {
      if (!client) throw new Error("withSecondConnection: used before beforeAll");
      return client.query<R>(text, values);
    },
  };
}
