// The data version (migration 20261207044500_data_version_triggers): a commit in any
// connection that changes published data raises it once; work that is rolled back, and
// writes to private tables, do not. Runs on the embedded database and, with
// TEST_DATABASE_URL, on the server.
import { describe, expect, inject, it } from "vitest";
import { queryDataVersion } from "@/lib/search/data-version";
import { withSecondConnection } from "./support/second-connection";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const other = withSecondConnection(t);

const version = () => queryDataVersion(t.db);

describe("data version", () => {
  it("has a trigger on every table public answers are built from", async () => {
    const rows = await t.db.$queryRaw<{ table: string }[]>`
      SELECT c.relname::text AS "table" FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
      WHERE tg.tgname = 'data_version_raise' ORDER BY 1`;
    expect(rows.map((row) => row.table)).toEqual(
      [
        "Buurt", "Category", "Location", "Network", "NetworkMember", "Opening", "OpeningSummary", "OpeningWindow",
        "Organization", "OrganizationLocation", "ReferralLink", "Schedule", "ScheduleException", "Service",
        "ServiceArea", "ServiceAtLocation", "ServiceCategory", "Wijk",
        // Listing translations (20261207191805_listing_translations).
        "LocationTranslation", "OrganizationTranslation", "ServiceTranslation",
      ].sort(),
    );
  });

  it("rises by one when another connection commits a change to published data", async () => {
    const before = await version();
    await other.query(`UPDATE "Service" SET description = description || ' ' WHERE id = (SELECT id FROM "Service" ORDER BY id LIMIT 1)`);
    expect(await version()).toBe(before + 1n);
  });

  it("rises once for a transaction of several statements on several tables, at its commit", async () => {
    const before = await version();
    await other.query("BEGIN");
    await other.query(`UPDATE "Organization" SET "updatedAt" = now() WHERE id = (SELECT id FROM "Organization" ORDER BY id LIMIT 1)`);
    await other.query(`UPDATE "Location" SET "updatedAt" = now() WHERE id = (SELECT id FROM "Location" ORDER BY id LIMIT 1)`);
    await other.query(`DELETE FROM "ScheduleException" WHERE false`);
    // Not visible before the commit: a reader meanwhile still sees the data and the version of
    // before. (The embedded database runs one transaction at a time: a reader would wait.)
    if (inject("testDatabase").kind === "server") expect(await version()).toBe(before);
    await other.query("COMMIT");
    expect(await version()).toBe(before + 1n);
  });

  it("stays the same when the work is rolled back", async () => {
    const before = await version();
    await other.query("BEGIN");
    await other.query(`UPDATE "Service" SET description = description || ' ' WHERE id = (SELECT id FROM "Service" ORDER BY id LIMIT 1)`);
    await other.query("ROLLBACK");
    expect(await version()).toBe(before);
  });

  it("stays the same for writes to private tables (accounts, rate limits)", async () => {
    const before = await version();
    await other.query(`UPDATE "User" SET "updatedAt" = now() WHERE id = (SELECT id FROM "User" ORDER BY id LIMIT 1)`);
    await other.query(`DELETE FROM "RateLimitEvent" WHERE false`);
    expect(await version()).toBe(before);
  });

  it("rises for the app's own client too, and keeps one version row", async () => {
    const before = await version();
    await t.db.category.updateMany({ where: { slug: "does-not-exist" }, data: { name: "x" } });
    await t.db.$transaction([
      t.db.wijk.updateMany({ where: { code: "none" }, data: { name: "x" } }),
      t.db.buurt.updateMany({ where: { code: "none" }, data: { name: "x" } }),
    ]);
    expect(await version()).toBe(before + 2n);
    const rows = await t.db.$queryRaw<{ id: number }[]>`SELECT id FROM "DataVersion" ORDER BY id`;
    expect(rows).toEqual([{ id: 1 }]);
  });
});
