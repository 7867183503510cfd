// Server only (the embedded database has one connection at a time, so writers cannot
// interleave): the data version's triggers keep concurrent writers in one lock order. Included
// by vitest.config.ts only when TEST_DATABASE_URL points at a PostgreSQL server.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { queryDataVersion } from "@/lib/search/data-version";
import { withSecondConnection, type SecondConnection } from "../support/second-connection";
import { withTestDatabase } from "../support/test-database";

const t = withTestDatabase();
const other = withSecondConnection(t);

const version = () => queryDataVersion(t.db);

describe("data version on the server", () => {
  it(
    "keeps writers of published data in one lock order: no deadlock when both touch each other's rows",
    async () => {
      const second = new pg.Client({ connectionString: t.url });
      await second.connect();
      try {
        const { rows } = await other.query<{ id: string }>(`SELECT id FROM "Service" ORDER BY id LIMIT 2`);
        const [one, two] = rows.map((row) => row.id);
        const before = await version();
        const touch = (client: Pick<SecondConnection, "query">, id: string) => client.query(`UPDATE "Service" SET description = description || ' ' WHERE id = $1`, [id]);

        const { rows: [{ pid }] } = await second.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
        await other.query("BEGIN");
        await touch(other, one);
        await second.query("BEGIN");
        const secondsWrite = touch(second, two);
        // Wait until the second writer is blocked on the version row (it has not locked `two`).
        for (;;) {
          // From a third connection, outside any transaction: pg_stat_activity is read afresh.
          const state = await t.db.$queryRaw<{ waiting: boolean }[]>`
            SELECT wait_event_type = 'Lock' AS waiting FROM pg_stat_activity WHERE pid = ${pid}`;
          if (state[0]?.waiting) break;
        }
        // The first writer now touches the second's row: with the version row taken after the
        // statement, this would be a deadlock; taken before, the row is free.
        await touch(other, two);
        await other.query("COMMIT");
        await secondsWrite;
        await second.query("COMMIT");
        expect(await version()).toBe(before + 2n);
      } finally {
        await second.end();
      }
    },
  );
});
