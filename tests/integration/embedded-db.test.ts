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
