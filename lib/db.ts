// The Prisma clients of the app. Created on first use so that `next build` needs no database;
// secrets are omitted from every query unless a query asks for them explicitly.
//   db      writes and everything private: DATABASE_URL.
//   readDb  public reads (search, map points, public pages): DATABASE_READ_URL when set (a
//           replica, with its own pool and a statement timeout), else the same client as db.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export type PoolOptions = {
  /** Most connections the client opens (pg Pool `max`); pg's default is 10. */
  max?: number;
  /** Shown in pg_stat_activity, so an operator sees which pool a connection belongs to. */
  applicationName?: string;
  /** Milliseconds after which the server cancels a statement; 0 or unset: none. */
  statementTimeout?: number;
};

export function createPrismaClient(databaseUrl: string, pool: PoolOptions = {}) {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: databaseUrl,
      // No JIT: compiling the search's one big plan cost 0.1–0.5 s, more than running it
      // (ADR 0010). The embedded database ignores the setting (it has no JIT).
      options: "-c jit=off",
      ...(pool.max ? { max: pool.max } : {}),
      ...(pool.applicationName ? { application_name: pool.applicationName } : {}),
      ...(pool.statementTimeout ? { statement_timeout: pool.statementTimeout } : {}),
    }),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

export const WRITE_APPLICATION_NAME = "sociale-kaart";
export const READ_APPLICATION_NAME = "sociale-kaart-read";
export const VERSION_APPLICATION_NAME = "sociale-kaart-version";

const globalForPrisma = globalThis as unknown as { prisma?: Db; prismaRead?: Db; versionPool?: pg.Pool };

function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is niet gezet. Start de app met `npm start` of `npm run dev`: die starten de ingebouwde database.",
    );
  }
  return url;
}

export function getDb(): Db {
  // Kept on globalThis so that hot reloading in development does not open a pool per reload.
  globalForPrisma.prisma ??= createPrismaClient(databaseUrl(), { max: env().DATABASE_POOL_SIZE, applicationName: WRITE_APPLICATION_NAME });
  return globalForPrisma.prisma;
}

/** Whether public reads have a client (and a pool) of their own: DATABASE_READ_URL is set. */
export function hasReadReplica(): boolean {
  return Boolean(env().DATABASE_READ_URL);
}

export function getReadDb(): Db {
  const { DATABASE_READ_URL, DATABASE_POOL_SIZE, DATABASE_READ_STATEMENT_TIMEOUT } = env();
  if (!DATABASE_READ_URL) return getDb();
  globalForPrisma.prismaRead ??= createPrismaClient(DATABASE_READ_URL, {
    max: DATABASE_POOL_SIZE,
    applicationName: READ_APPLICATION_NAME,
    statementTimeout: DATABASE_READ_STATEMENT_TIMEOUT,
  });
  return globalForPrisma.prismaRead;
}

/**
 * Two connections for the one query every cached answer starts with, the data version
 * (lib/search/data-version.ts), on the database public reads come from. Plain node-postgres:
 * a primary-key read through it takes a fifth of the time it takes through Prisma, and it is
 * the whole database cost of an answer from the cache.
 */
export function getVersionPool(): pg.Pool {
  if (!globalForPrisma.versionPool) {
    const settings = env();
    const pool = new pg.Pool({
      connectionString: settings.DATABASE_READ_URL ?? databaseUrl(),
      max: 2,
      application_name: VERSION_APPLICATION_NAME,
    });
    // An idle connection that breaks (a database restart) must not end the process; the next
    // query opens a new one, and a failing query reaches its caller.
    pool.on("error", () => {});
    globalForPrisma.versionPool = pool;
  }
  return globalForPrisma.versionPool;
}

/** Closes the clients so the next use connects to the current DATABASE_URL (tests, scripts, shutdown). */
export async function disconnectDb(): Promise<void> {
  const { prisma, prismaRead, versionPool } = globalForPrisma;
  globalForPrisma.prisma = undefined;
  globalForPrisma.prismaRead = undefined;
  globalForPrisma.versionPool = undefined;
  await Promise.all([prisma?.$disconnect(), prismaRead?.$disconnect(), versionPool?.end()]);
}

function lazyClient(get: () => Db): Db {
  return new Proxy({} as Db, {
    get(_target, property) {
      const client = get();
      const value: unknown = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}

export const db: Db = lazyClient(getDb);

/**
 * The client for public reads (search, public pages): a read replica when one is configured,
 * else the same client as `db`. Never write through it.
 */
export const readDb: Db = lazyClient(getReadDb);
