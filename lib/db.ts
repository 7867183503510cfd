// The one Prisma client of the app. Created on first use so that `next build` needs no
// database; secrets are omitted from every query unless a query asks for them explicitly.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export function createPrismaClient(databaseUrl: string) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl }),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

const globalForPrisma = globalThis as unknown as { prisma?: Db };

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
  globalForPrisma.prisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.prisma;
}

/** Closes the client so the next use connects to the current DATABASE_URL (tests, scripts). */
export async function disconnectDb(): Promise<void> {
  await globalForPrisma.prisma?.$disconnect();
  globalForPrisma.prisma = undefined;
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
export const readDb: Db = lazyClient(getDb);
