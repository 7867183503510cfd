// Rules the database itself enforces, whatever code writes to it.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();

async function aServiceAtLocation() {
  return t.db.serviceAtLocation.findFirstOrThrow({ select: { id: true } });
}

describe("database constraints", () => {
  it("refuses opening hours that are not HH:MM", async () => {
    const sal = await aServiceAtLocation();
    await expect(
      t.db.schedule.create({ data: { serviceAtLocationId: sal.id, byDay: "MO", opensAt: "9:00", closesAt: "12:00" } }),
    ).rejects.toThrow(/opensAt en closesAt moeten HH:MM zijn/);
    await expect(
      t.db.schedule.create({ data: { serviceAtLocationId: sal.id, byDay: "MO", opensAt: "24:00", closesAt: "12:00" } }),
    ).rejects.toThrow(/opensAt en closesAt moeten HH:MM zijn/);
    const ok = await t.db.schedule.create({ data: { serviceAtLocationId: sal.id, byDay: "MO", opensAt: "19:00", closesAt: "01:00" } });
    expect(ok.closesAt).toBe("01:00");
  });

  it("requires a week of the month exactly for monthly rules", async () => {
    const sal = await aServiceAtLocation();
    await expect(
      t.db.schedule.create({ data: { serviceAtLocationId: sal.id, byDay: "SA", freq: "MONTHLY", opensAt: "10:00", closesAt: "12:00" } }),
    ).rejects.toThrow(/weekOfMonth hoort bij MONTHLY/);
    await expect(
      t.db.schedule.create({ data: { serviceAtLocationId: sal.id, byDay: "SA", weekOfMonth: 1, opensAt: "10:00", closesAt: "12:00" } }),
    ).rejects.toThrow(/weekOfMonth hoort bij MONTHLY/);
    const first = await t.db.schedule.create({
      data: { serviceAtLocationId: sal.id, byDay: "SA", freq: "MONTHLY", weekOfMonth: 1, opensAt: "10:00", closesAt: "12:00" },
    });
    expect(first.weekOfMonth).toBe(1);
  });

  it("refuses exceptions that end before they start or have hours when closed", async () => {
    const sal = await aServiceAtLocation();
    await expect(
      t.db.scheduleException.create({
        data: { serviceAtLocationId: sal.id, startDate: new Date("2026-12-31"), endDate: new Date("2026-12-24") },
      }),
    ).rejects.toThrow(/endDate ligt voor startDate/);
    await expect(
      t.db.scheduleException.create({
        data: { serviceAtLocationId: sal.id, startDate: new Date("2026-12-24"), endDate: new Date("2026-12-24"), kind: "CLOSED", opensAt: "10:00", closesAt: "12:00" },
      }),
    ).rejects.toThrow(/tijden alleen/);
  });

  it("gives a service area either a wijk or a buurt", async () => {
    const service = await t.db.service.findFirstOrThrow({ select: { id: true } });
    await expect(t.db.serviceArea.create({ data: { serviceId: service.id } })).rejects.toThrow(/kies een wijk of een buurt/);
    await expect(
      t.db.serviceArea.create({ data: { serviceId: service.id, wijkCode: "WK034403", buurtCode: "BU03440311" } }),
    ).rejects.toThrow(/kies een wijk of een buurt/);
  });

  it("refuses a referral from an organisation to itself", async () => {
    const org = await t.db.organization.findFirstOrThrow({ select: { id: true } });
    await expect(
      t.db.referralLink.create({ data: { fromOrganizationId: org.id, toOrganizationId: org.id, kind: "PRACTICAL", whenToRefer: "nooit" } }),
    ).rejects.toThrow(/verwijst niet naar zichzelf/);
  });

  it("never returns password hashes unless a query asks for them", async () => {
    const user = await t.db.user.create({ data: { email: "coordinator@voorbeeld.nl", passwordHash: "$argon2id$geheim" } });
    expect(user).not.toHaveProperty("passwordHash");
    const found = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(found).not.toHaveProperty("passwordHash");
    const withSecret = await t.db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(withSecret.passwordHash).toBe("$argon2id$geheim");
  });
});
