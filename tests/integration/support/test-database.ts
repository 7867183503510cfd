// Gives the calling test file a database of its own, copied from the seeded template that
// global-setup.ts made, and points the app's `db` at it for the file's duration.
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, disconnectDb, type Db } from "../../../lib/db";
import { startEmbeddedDatabase } from "../../../lib/embedded-db";
import { resetEnv } from "../../../lib/env";
import { databaseUrlFor } from "./server-url";

export type TestDatabase = { url: string; db: Db };

/** A fresh copy of the seeded template database (also for tests that need a second one). */
export async function createCopy(prefix = "sk_test"): Promise<{ url: string; drop: () => Promise<void> }> {
  const config = inject("testDatabase");
  if (config.kind === "embedded") {
    const dump = new Blob([readFileSync(config.dumpFile)]);
    const embedded = await startEmbeddedDatabase({ loadDataDir: dump });
    return { url: embedded.url, drop: () => embedded.stop() };
  }
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: config.serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${config.template}"`);
  return {
    url: databaseUrlFor(config.serverUrl, name),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Call once at the top of a test file. */
export function withTestDatabase(): TestDatabase {
  const state = {} as TestDatabase & { drop: () => Promise<void> };
  beforeAll(async () => {
    const copy = await createCopy();
    state.url = copy.url;
    state.drop = copy.drop;
    state.db = createPrismaClient(copy.url);
    process.env.DATABASE_URL = copy.url;
    resetEnv();
    await disconnectDb();
  });
  afterAll(async () => {
    await disconnectDb();
    await state.db?.$disconnect();
    await state.drop?.();
  });
  return state;
}
