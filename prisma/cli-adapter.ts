// The database adapter the Prisma CLI uses for migrations (`engine: "js"`): the WASM schema
// engine inside the CLI talks to PostgreSQL through it, so no native engine is downloaded.
// See docs/decisions/0002-prisma-6-offline.md.
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { splitSqlStatements } from "./split-sql";

// The CLI would otherwise linger 10–60 s after finishing.
const cliPool = { allowExitOnIdle: true, idleTimeoutMillis: 500 } as const;

// Workaround for prisma/orm#27403: adapter-pg cannot deserialize the catalog types `name`
// (OID 19) and `"char"` (OID 18) that introspection reads. Drop when a release fixes it.
function readCatalogTypesAsText(): void {
  const require = createRequire(import.meta.url);
  const Result = require("pg/lib/result.js") as { prototype: { addFields(fields: { dataTypeID: number }[]): void } };
  const original = Result.prototype.addFields;
  Result.prototype.addFields = function (fields) {
    for (const field of fields) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
    return original.call(this, fields);
  };
}

// Workaround: adapter-pg's executeScript splits migration scripts at every ";", also inside
// comments and PL/pgSQL function bodies. Split them properly and run statement by statement.
function withWholeStatements(adapter: SqlDriverAdapter): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    for (const sql of splitSqlStatements(script)) await adapter.executeRaw({ sql, args: [], argTypes: [] });
  };
  return adapter;
}

function withCleanup(adapter: SqlDriverAdapter, cleanup: () => Promise<void>): SqlDriverAdapter {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await dispose();
    await cleanup();
  };
  return adapter;
}

// Workaround for adapter-pg reusing the main database as shadow database when it was given a
// connection string (a second `migrate dev` then fails with P3006): every call gets a fresh
// throw-away database on the same server, dropped afterwards.
async function freshShadowDatabase(databaseUrl: string): Promise<SqlDriverAdapter> {
  const url = new URL(databaseUrl);
  const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
  const admin = await new PrismaPg({ connectionString: databaseUrl, ...cliPool }).connect();
  await admin.executeScript(`CREATE DATABASE "${name}"`);
  const shadow = withWholeStatements(await new PrismaPg({
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: name,
    ...cliPool,
  }).connect());
  return withCleanup(shadow, async () => {
    await admin.executeScript(`DROP DATABASE "${name}"`);
    await admin.dispose();
  });
}

// The embedded database (PGlite) has one database only: its shadow is a fresh in-memory PGlite.
async function freshEmbeddedShadow(): Promise<SqlDriverAdapter> {
  const { startEmbeddedDatabase } = await import("../lib/embedded-db");
  const shadowDb = await startEmbeddedDatabase();
  const shadow = withWholeStatements(await new PrismaPg({ connectionString: shadowDb.url, ...cliPool }).connect());
  return withCleanup(shadow, () => shadowDb.stop());
}

export function cliAdapter(databaseUrl: string, embedded: boolean): SqlMigrationAwareDriverAdapterFactory {
  readCatalogTypesAsText();
  const main = new PrismaPg({ connectionString: databaseUrl, ...cliPool });
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => withWholeStatements(await main.connect()),
    connectToShadowDb: () => (embedded ? freshEmbeddedShadow() : freshShadowDatabase(databaseUrl)),
  };
}
