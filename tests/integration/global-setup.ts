// Prepares one migrated and seeded template database for the whole run; every test file then
// gets its own copy (tests/integration/support/test-database.ts), so files never share data.
//   TEST_DATABASE_URL set → a template database on that PostgreSQL server.
//   unset                 → the embedded database, dumped to a file each copy starts from.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db";
import { startEmbeddedDatabase } from "../../lib/embedded-db";
import { seedUtrecht } from "../../prisma/seed";
import { importBoundariesFromDir } from "../../scripts/lib/boundaries";
import { migrateDeploy } from "../../scripts/lib/migrate";
import { BOUNDARIES_DIR, databaseUrlFor } from "./support/server-url";

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: { kind: "server"; template: string; serverUrl: string } | { kind: "embedded"; dumpFile: string };
  }
}

// Frozen so that tests about "stale" listings do not drift with the calendar.
export const SEED_NOW = new Date("2026-11-15T10:00:00.000Z");

async function fill(url: string): Promise<void> {
  await migrateDeploy(url);
  const db = createPrismaClient(url);
  try {
    // Tests act as the development accounts, also on a TEST_DATABASE_URL server: asked for
    // explicitly, as a deployment never is (see wantsDevAccounts in scripts/lib/database.ts).
    await seedUtrecht(db, SEED_NOW, { devAccounts: true });
    await importBoundariesFromDir(db, BOUNDARIES_DIR, () => {});
  } finally {
    await db.$disconnect();
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `sk_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
    await admin.query(`CREATE DATABASE "${template}"`);
    await fill(databaseUrlFor(serverUrl, template));
    project.provide("testDatabase", { kind: "server", template, serverUrl });
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await admin.end();
    };
  }

  const embedded = await startEmbeddedDatabase();
  await fill(embedded.url);
  const dir = mkdtempSync(path.join(tmpdir(), "sociale-kaart-test-"));
  const dumpFile = path.join(dir, "template.tar.gz");
  const dump = await embedded.db.dumpDataDir("gzip");
  writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  await embedded.stop();
  project.provide("testDatabase", { kind: "embedded", dumpFile });
  return () => rmSync(dir, { recursive: true, force: true });
}
