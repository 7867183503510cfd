// The Prisma clients of the app. Created on first use so that `next build` needs no database;
// secrets are omitted from every query unless a query asks for them explicitly.
//   db      writes and everything private: DATABASE_URL.
//   readDb  public reads (search, map points, public pages): DATABASE_READ_URL when set (a
//           replica, with its own pool and a statement timeout), else the same client as db.
import { PrismaPg } from "@prisma/adapter-pg";
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

const globalForPrisma = globalThis as unknown as { prisma?: Db; prismaRead?: Db };

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

/** Closes the clients so the next use connects to the current DATABASE_URL (tests, scripts, shutdown). */
export async function disconnectDb(): Promise<void> {
  const { prisma, prismaRead } = globalForPrisma;
  globalForPrisma.prisma = undefined;
  globalForPrisma.prismaRead = undefined;
  await Promise.all([prisma?.$disconnect(), prismaRead?.$disconnect()]);
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
