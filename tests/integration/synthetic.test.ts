import { describe, expect, it } from "vitest";
import { generateSynthetic } from "@/scripts/lib/synthetic";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();

describe("the synthetic data set", () => {
  it("adds the requested organisations and services, published and searchable", async () => {
    const before = { organisations: await t.db.organization.count(), services: await t.db.service.count() };
    const counts = await generateSynthetic(t.db, { organisations: 40, services: 200, seed: 7 }, () => {});
    expect(counts).toMatchObject({ organisations: 40, services: 200 });
    expect(await t.db.organization.count()).toBe(before.organisations + 40);
    expect(await t.db.service.count()).toBe(before.services + 200);
    const synthetic = await t.db.service.findMany({
      where: { slug: { startsWith: "dienst-" } },
      include: { locations: { include: { schedules: true, location: true } }, categories: true },
    });
    expect(synthetic).toHaveLength(200);
    for (const service of synthetic) {
      expect(service.locations).toHaveLength(1);
      expect(service.locations[0].schedules.length).toBeGreaterThan(0);
      expect(service.locations[0].location.buurtCode).toMatch(/^BU0344/);
      expect(service.categories.length).toBeGreaterThan(0);
    }
    const unsearchable = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Service" WHERE "searchVector" IS NULL`;
    expect(Number(unsearchable[0].n)).toBe(0);
  });
});
