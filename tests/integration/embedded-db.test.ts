import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseError, startEmbeddedDatabase } from "@/lib/embedded-db";
import { checkReachable, DatabaseUnreachableError } from "@/scripts/lib/database";

const dir = mkdtempSync(path.join(tmpdir(), "embedded-db-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

// Starting a fresh PGlite runs initdb in WASM: seconds on a quiet machine, much longer on a
// busy one. These tests are about behaviour, not speed.
const START_TIMEOUT = 180_000;

describe("the embedded database", () => {
  it("keeps its data in its folder across restarts", async () => {
    const dataDir = path.join(dir, "data");
    const first = await startEmbeddedDatabase({ dataDir });
    await query(first.url, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('nog hier')");
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir });
    try {
      expect(await query(second.url, "SELECT value FROM kept")).toEqual([{ value: "nog hier" }]);
    } finally {
      await second.stop();
    }
  }, START_TIMEOUT);

  it("serves several connections at once", async () => {
    const db = await startEmbeddedDatabase();
    try {
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => query(db.url, `SELECT ${i} AS n`)));
      expect(results.map((rows) => rows[0].n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    } finally {
      await db.stop();
    }
  }, START_TIMEOUT);

  it("keeps each connection's parameterised queries whole while another holds a transaction", async () => {
    const database = await startEmbeddedDatabase();
    const clients = [0, 1, 2].map(() => new pg.Client({ connectionString: database.url }));
    try {
      await Promise.all(clients.map((c) => c.connect()));
      const [holder, a, b] = clients;
      await holder.query("BEGIN");
      await holder.query("SELECT 1");
      // Both queue their first protocol message behind the open transaction: with different
      // parameter counts, a Parse of one taking the other's unnamed statement would fail.
      const pending = [
        ...Array.from({ length: 5 }, (_, i) => a.query("SELECT $1::int + $2::int + $3::int AS n", [i, 1, 1])),
        ...Array.from({ length: 5 }, (_, i) => b.query("SELECT $1::int + $2::int + $3::int + $4::int AS n", [i, 1, 1, 1])),
      ];
      await holder.query("COMMIT");
      const results = await Promise.all(pending);
      expect(results.map((r) => r.rows[0].n)).toEqual([2, 3, 4, 5, 6, 3, 4, 5, 6, 7]);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
      await database.stop();
    }
  }, START_TIMEOUT);

  it("says clearly when its folder is in use by another process", async () => {
    const dataDir = path.join(dir, "locked");
    // A live process that is not this one: the parent of this test worker.
    writeFileSync(`${dataDir}.lock`, String(process.ppid));
    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/al in gebruik door proces/);
  });

  it("says clearly when its folder cannot be used", async () => {
    const notAFolder = path.join(dir, "file");
    writeFileSync(notAFolder, "geen map");
    await expect(startEmbeddedDatabase({ dataDir: notAFolder })).rejects.toThrow(EmbeddedDatabaseError);
    await expect(startEmbeddedDatabase({ dataDir: notAFolder })).rejects.toThrow(/niet te gebruiken/);
  });
});

describe("a configured server", () => {
  it("that is unreachable gives a clear message instead of a stack trace", async () => {
    const url = "postgresql://postgres@127.0.0.1:1/nergens";
    await expect(checkReachable(url)).rejects.toThrow(DatabaseUnreachableError);
    await expect(checkReachable(url)).rejects.toThrow(/127\.0\.0\.1:1\/nergens is niet bereikbaar.*DATABASE_URL/);
  });
});
