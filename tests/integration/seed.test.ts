import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { listPublishedOrganisations } from "@/lib/organisations/queries";
import { organisations } from "@/prisma/seed/organisations";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();

describe("the seeded database", () => {
  it("holds Utrecht's wijken and buurten with their boundaries", async () => {
    expect(await t.db.wijk.count()).toBe(10);
    expect(await t.db.buurt.count()).toBe(111);
    expect(await t.db.buurt.count({ where: { boundary: { not: Prisma.DbNull } } })).toBe(111);
    const overvecht = await t.db.wijk.findUniqueOrThrow({ where: { slug: "overvecht" }, include: { buurten: true } });
    expect(overvecht.code).toBe("WK034403");
    expect(overvecht.boundary).toMatchObject({ type: expect.stringMatching(/Polygon/) });
    expect(overvecht.buurten.length).toBeGreaterThan(5);
  });

  it("holds every seeded organisation, published, with services, hours and areas", async () => {
    expect(await t.db.organization.count({ where: { status: "PUBLISHED" } })).toBe(organisations.length);
    expect(await t.db.service.count()).toBeGreaterThanOrEqual(organisations.length);
    expect(await t.db.schedule.count({ where: { freq: "MONTHLY" } })).toBeGreaterThan(0);
    const team = await t.db.organization.findFirstOrThrow({
      where: { track: "BUURTTEAM" },
      include: { services: { include: { areas: true } } },
    });
    expect(team.services.flatMap((s) => s.areas).length).toBeGreaterThan(0);
  });

  it("links organisations by confirmed referrals and networks", async () => {
    expect(await t.db.referralLink.count({ where: { status: "CONFIRMED" } })).toBeGreaterThan(10);
    const alternative = await t.db.referralLink.findFirst({
      where: { kind: "ALTERNATIVE", fromOrganization: { name: { contains: "Voedselbank" } } },
    });
    expect(alternative).not.toBeNull();
    expect(await t.db.networkMember.count()).toBeGreaterThan(5);
  });

  it("keeps a Dutch, accent-free search vector on every service", async () => {
    const missing = await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Service" WHERE "searchVector" IS NULL`;
    expect(Number(missing[0].n)).toBe(0);
    const rows = await t.db.$queryRaw<{ name: string }[]>`
      SELECT s.name FROM "Service" s
      WHERE s."searchVector" @@ to_tsquery('dutch', immutable_unaccent('voedselbank'))`;
    expect(rows.length).toBeGreaterThan(0);
  });

  it("lists only published organisations for the public map", async () => {
    const draft = await t.db.organization.create({
      data: { slug: "concept-initiatief", name: "Concept initiatief", kind: "INFORMAL", track: "SOCIALE_BASIS", description: "Nog niet klaar." },
    });
    const listed = await listPublishedOrganisations();
    expect(listed.some((o) => o.id === draft.id)).toBe(false);
    expect(listed.length).toBe(organisations.length);
  });
});
