// DATABASE_READ_URL (issue 10, point 5): public reads go through readDb, a client and pool of
// their own; writes stay on DATABASE_URL. Proven with a stand-in replica: a second copy of the
// test database whose data differs, so an answer shows which database it was read from. On the
// PostgreSQL server (TEST_DATABASE_URL) also with the read URL pointing at the same database:
// the connections are told apart by application_name in pg_stat_activity.
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { db, disconnectDb, getDb, getReadDb, hasReadReplica, readDb, READ_APPLICATION_NAME, VERSION_APPLICATION_NAME, WRITE_APPLICATION_NAME } from "@/lib/db";
import { resetEnv } from "@/lib/env";
import { cachedSearchServices, resetSearchCache } from "@/lib/search/cached-search";
import { params, TUESDAY_AFTERNOON } from "./search/search-helpers";
import { createCopy, withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const onServer = inject("testDatabase").kind === "server";
const replica = { url: "", drop: async () => {} };
const REPLICA_NAME = "Alleen op de replica";
const PRIMARY_NAME = "Alleen op de primaire database";

/** A second copy of the seeded test database, standing in for a replica. */
const copyOfTemplate = () => createCopy("sk_replica");

async function useReadUrl(url: string | undefined): Promise<void> {
  if (url) process.env.DATABASE_READ_URL = url;
  else delete process.env.DATABASE_READ_URL;
  resetEnv();
  resetSearchCache();
  await disconnectDb();
}

let serviceId = "";

beforeAll(async () => {
  Object.assign(replica, await copyOfTemplate());
  const [service] = await t.db.service.findMany({ orderBy: { id: "asc" }, take: 1, select: { id: true } });
  serviceId = service.id;
  const client = new pg.Client({ connectionString: replica.url });
  await client.connect();
  try {
    await client.query(`UPDATE "Service" SET name = $2 WHERE id = $1`, [serviceId, REPLICA_NAME]);
  } finally {
    await client.end();
  }
});

afterAll(async () => {
  await useReadUrl(undefined);
  await replica.drop();
});

afterEach(async () => {
  await useReadUrl(undefined);
});

const nameInSearch = async () => {
  const result = await cachedSearchServices(params("per_page=100"), { now: TUESDAY_AFTERNOON });
  return result.items.find((item) => item.service.id === serviceId)?.service.name;
};

describe("read replica", () => {
  it("without DATABASE_READ_URL: public reads and writes share the one client", async () => {
    expect(hasReadReplica()).toBe(false);
    expect(getReadDb()).toBe(getDb());
    expect(await nameInSearch()).not.toBe(REPLICA_NAME);
  });

  it("with DATABASE_READ_URL: search reads from it, writes go to DATABASE_URL", async () => {
    await useReadUrl(replica.url);
    expect(hasReadReplica()).toBe(true);
    expect(getReadDb()).not.toBe(getDb());
    expect(await nameInSearch()).toBe(REPLICA_NAME);

    await db.service.update({ where: { id: serviceId }, data: { name: PRIMARY_NAME } });
    expect((await t.db.service.findUniqueOrThrow({ where: { id: serviceId } })).name).toBe(PRIMARY_NAME);
    const [onReplica] = await readDb.$queryRaw<{ name: string }[]>`SELECT name FROM "Service" WHERE id = ${serviceId}`;
    expect(onReplica.name).toBe(REPLICA_NAME);
    // The replica's data version did not move, so its cached answer stands; a real replica
    // would replay the write and its version with it.
    expect(await nameInSearch()).toBe(REPLICA_NAME);
  });

  it("pointed at the same database: reads on their own pools (application_name), with a statement timeout", async () => {
    await useReadUrl(t.url);
    expect(hasReadReplica()).toBe(true);
    expect(getReadDb()).not.toBe(getDb());
    // Read URL and write URL are the same database here: the search shows what is stored.
    expect(await nameInSearch()).toBe((await t.db.service.findUniqueOrThrow({ where: { id: serviceId } })).name);
    // The embedded database ignores connection settings (application_name, statement_timeout)
    // and has a single backend; on the server each pool is told apart by its settings.
    if (!onServer) return;
    const setting = async (client: typeof db, name: string) =>
      (await client.$queryRawUnsafe<{ value: string }[]>(`SELECT current_setting('${name}') AS value`))[0].value;
    expect(await setting(readDb, "application_name")).toBe(READ_APPLICATION_NAME);
    expect(await setting(db, "application_name")).toBe(WRITE_APPLICATION_NAME);
    expect(await setting(readDb, "statement_timeout")).toBe("10s");
    expect(await setting(db, "statement_timeout")).toBe("0");
    const sessions = await t.db.$queryRaw<{ application_name: string }[]>`
      SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'sociale-kaart%' ORDER BY 1`;
    // The data version is read beside the answers, on the read URL too.
    expect(sessions.map((s) => s.application_name)).toEqual([WRITE_APPLICATION_NAME, READ_APPLICATION_NAME, VERSION_APPLICATION_NAME]);
  });
});
