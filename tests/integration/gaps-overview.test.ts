// The gap view's counts on the seeded database, checked against counts made another way
// (Prisma filters and plain JavaScript), and their response to changes: a phase added, opening
// hours added, a listing archived or pending, a listing checked. Only "read:gaps:any" may read.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { EMAILS, SLUGS, organisationId } from "./support/users";
import { getGapsOverview, type GapsOverview } from "../../lib/gaps/queries";
import { NotAllowedError } from "../../lib/actions/errors";
import { PHASES, WEEKDAYS } from "../../lib/gaps/choice";
import { staleListingsWhere } from "../../lib/moderation/stale";
import type { SessionUser } from "../../lib/auth/session";
import type { DebtPhase } from "../../lib/generated/prisma/enums";
import type { Prisma } from "../../lib/generated/prisma/client";

const t = withTestDatabase();
// The seed's "now" (tests/integration/global-setup.ts): which listings are stale depends on it.
const NOW = new Date("2026-11-15T10:00:00.000Z");

async function sessionUser(email: string): Promise<SessionUser> {
  const user = await t.db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, email: true, name: true, role: true, isProfessional: true, memberships: { select: { organizationId: true, role: true } } },
  });
  return user;
}

async function overview(): Promise<GapsOverview> {
  return getGapsOverview(await sessionUser(EMAILS.moderator), NOW);
}

function phaseCell(view: GapsOverview, wijkName: string, phase: DebtPhase) {
  const row = view.phases.find((r) => r.wijk.name === wijkName);
  if (!row) throw new Error(`no wijk ${wijkName}`);
  return row.cells[phase];
}

function walkInCell(view: GapsOverview, wijkName: string, day: (typeof WEEKDAYS)[number]) {
  const row = view.walkIn.find((r) => r.wijk.name === wijkName);
  if (!row) throw new Error(`no wijk ${wijkName}`);
  return row.cells[day];
}

const counted = { status: "ACTIVE", organization: { status: "PUBLISHED" } } satisfies Prisma.ServiceWhereInput;

describe("who may read the gap view", () => {
  it("refuses coordinators and visitors; moderators and admins get every wijk", async () => {
    await expect(getGapsOverview(await sessionUser(EMAILS.ownerA), NOW)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(getGapsOverview(await sessionUser(EMAILS.editorA), NOW)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(getGapsOverview(null, NOW)).rejects.toBeInstanceOf(NotAllowedError);
    const wijken = await t.db.wijk.count();
    for (const email of [EMAILS.moderator, EMAILS.admin]) {
      const view = await getGapsOverview(await sessionUser(email), NOW);
      expect(view.phases).toHaveLength(wijken);
      expect(view.walkIn).toHaveLength(wijken);
      expect(view.stale.rows).toHaveLength(wijken);
    }
  });

  it("lets professionals see the gaps too: the gemeente by its e-mail domain, partners by the flag", async () => {
    const gemeente = await t.db.user.create({ data: { email: "beleid@utrecht.nl", name: "Beleidsadviseur schuldhulp" } });
    expect((await getGapsOverview(await sessionUser(gemeente.email), NOW)).phases.length).toBeGreaterThan(0);
    await t.db.user.update({ where: { email: EMAILS.ownerB }, data: { isProfessional: true } });
    try {
      expect((await getGapsOverview(await sessionUser(EMAILS.ownerB), NOW)).walkIn.length).toBeGreaterThan(0);
    } finally {
      await t.db.user.update({ where: { email: EMAILS.ownerB }, data: { isProfessional: false } });
    }
  });
});

describe("services per wijk and phase", () => {
  it("counts what Prisma counts: local by address or service area, city-wide apart", async () => {
    const view = await overview();
    const wijken = await t.db.wijk.findMany({ select: { code: true, name: true } });
    for (const wijk of wijken) {
      const inWijk: Prisma.ServiceWhereInput[] = [
        { locations: { some: { location: { buurt: { wijkCode: wijk.code } } } } },
        { areas: { some: { wijkCode: wijk.code } } },
        { areas: { some: { buurt: { wijkCode: wijk.code } } } },
      ];
      for (const phase of PHASES) {
        const local = await t.db.service.count({ where: { ...counted, phases: { has: phase }, OR: inWijk } });
        const cityWide = await t.db.service.count({ where: { ...counted, phases: { has: phase }, areas: { none: {} }, NOT: { OR: inWijk } } });
        expect(phaseCell(view, wijk.name, phase), `${wijk.name} ${phase}`).toEqual({ local, cityWide });
      }
    }
  });

  it("shows the seed's gaps: no local aftercare in Leidsche Rijn, and names the wijken without it", async () => {
    const view = await overview();
    expect(phaseCell(view, "Leidsche Rijn", "NAZORG").local).toBe(0);
    expect(phaseCell(view, "Leidsche Rijn", "NAZORG").cityWide).toBeGreaterThan(0);
    expect(phaseCell(view, "Overvecht", "NAZORG").local).toBeGreaterThan(0);
    const nazorg = view.phaseSummaries.find((s) => s.phase === "NAZORG")!;
    expect(nazorg.without).toContain("Leidsche Rijn");
    expect(nazorg.without).not.toContain("Overvecht");
  });

  it("follows a change of phases: aftercare added to a service held in Leidsche Rijn closes that gap", async () => {
    const service = await t.db.service.findFirstOrThrow({
      where: { ...counted, NOT: { phases: { has: "NAZORG" } }, locations: { some: { location: { buurt: { wijk: { name: "Leidsche Rijn" } } } } } },
      select: { id: true, phases: true },
    });
    const before = await overview();
    await t.db.service.update({ where: { id: service.id }, data: { phases: [...service.phases, "NAZORG"] } });
    const after = await overview();
    expect(phaseCell(after, "Leidsche Rijn", "NAZORG").local).toBe(phaseCell(before, "Leidsche Rijn", "NAZORG").local + 1);
    expect(after.phaseSummaries.find((s) => s.phase === "NAZORG")!.without).not.toContain("Leidsche Rijn");
    await t.db.service.update({ where: { id: service.id }, data: { phases: service.phases } });
    expect(phaseCell(await overview(), "Leidsche Rijn", "NAZORG").local).toBe(phaseCell(before, "Leidsche Rijn", "NAZORG").local);
  });
});

describe("walk-in per wijk and weekday", () => {
  it("counts what the schedules say: weekly, or only sometimes (monthly)", async () => {
    const view = await overview();
    const services = await t.db.service.findMany({
      where: { ...counted, accessModes: { has: "WALK_IN" } },
      select: { id: true, locations: { select: { location: { select: { buurt: { select: { wijk: { select: { name: true } } } } } }, schedules: { select: { freq: true, byDay: true } } } } },
    });
    const wijken = await t.db.wijk.findMany({ select: { name: true } });
    for (const { name } of wijken) {
      for (const day of WEEKDAYS) {
        let weekly = 0;
        let sometimes = 0;
        for (const service of services) {
          const rules = service.locations.filter((l) => l.location.buurt?.wijk.name === name).flatMap((l) => l.schedules.filter((s) => s.byDay === day));
          if (rules.some((r) => r.freq === "WEEKLY")) weekly += 1;
          else if (rules.length > 0) sometimes += 1;
        }
        expect(walkInCell(view, name, day), `${name} ${day}`).toEqual({ weekly, sometimes });
      }
    }
  });

  it("answers 'where is no walk-in on Tuesday?' for the seed", async () => {
    const view = await overview();
    const tuesday = view.daySummaries.find((s) => s.day === "TU")!;
    expect(tuesday.without).toEqual(["Noordoost", "Vleuten-De Meern"]);
    expect(walkInCell(view, "Overvecht", "TU").weekly).toBeGreaterThan(0);
  });

  it("follows opening hours: a weekly Tuesday rule counts, a monthly one only as 'sometimes'", async () => {
    // A walk-in service with an address in Vleuten-De Meern (open on Thursday in the seed).
    const place = await t.db.serviceAtLocation.findFirstOrThrow({
      where: { service: { ...counted, accessModes: { has: "WALK_IN" } }, location: { buurt: { wijk: { name: "Vleuten-De Meern" } } } },
      select: { id: true },
    });
    const before = walkInCell(await overview(), "Vleuten-De Meern", "TU");
    expect(before).toEqual({ weekly: 0, sometimes: 0 });

    const monthly = await t.db.schedule.create({ data: { serviceAtLocationId: place.id, freq: "MONTHLY", byDay: "TU", weekOfMonth: 1, opensAt: "10:00", closesAt: "12:00" } });
    let view = await overview();
    expect(walkInCell(view, "Vleuten-De Meern", "TU")).toEqual({ weekly: 0, sometimes: 1 });
    expect(view.daySummaries.find((s) => s.day === "TU")).toMatchObject({ without: ["Noordoost"], onlySometimes: ["Vleuten-De Meern"] });

    const weekly = await t.db.schedule.create({ data: { serviceAtLocationId: place.id, freq: "WEEKLY", byDay: "TU", opensAt: "13:00", closesAt: "15:00" } });
    view = await overview();
    expect(walkInCell(view, "Vleuten-De Meern", "TU")).toEqual({ weekly: 1, sometimes: 0 });

    // A rule that ended before today does not count.
    await t.db.schedule.update({ where: { id: weekly.id }, data: { validTo: new Date("2026-10-01T00:00:00.000Z") } });
    expect(walkInCell(await overview(), "Vleuten-De Meern", "TU")).toEqual({ weekly: 0, sometimes: 1 });

    await t.db.schedule.deleteMany({ where: { id: { in: [monthly.id, weekly.id] } } });
    expect(walkInCell(await overview(), "Vleuten-De Meern", "TU")).toEqual(before);
  });
});

describe("listings that are not on the map close no gap", () => {
  for (const status of ["ARCHIVED", "PENDING"] as const) {
    it(`drops the services of a listing with status ${status} from every count`, async () => {
      const id = await organisationId(t.db, SLUGS.a);
      const services = await t.db.service.findMany({ where: { organizationId: id, status: "ACTIVE" }, select: { phases: true, accessModes: true } });
      const signaleren = services.filter((s) => s.phases.includes("SIGNALEREN")).length;
      expect(signaleren).toBeGreaterThan(0);
      const before = await overview();
      await t.db.organization.update({ where: { id }, data: { status } });
      const after = await overview();
      expect(phaseCell(after, "Overvecht", "SIGNALEREN").local).toBe(phaseCell(before, "Overvecht", "SIGNALEREN").local - signaleren);
      const walkIns = services.filter((s) => s.accessModes.includes("WALK_IN")).length;
      const walkInBefore = WEEKDAYS.reduce((sum, day) => sum + walkInCell(before, "Overvecht", day).weekly, 0);
      const walkInAfter = WEEKDAYS.reduce((sum, day) => sum + walkInCell(after, "Overvecht", day).weekly, 0);
      if (walkIns > 0) expect(walkInAfter).toBeLessThan(walkInBefore);
      else expect(walkInAfter).toBe(walkInBefore);
      await t.db.organization.update({ where: { id }, data: { status: "PUBLISHED" } });
      expect(await overview()).toEqual(before);
    });
  }

  it("does not count a service that is temporarily closed", async () => {
    const service = await t.db.service.findFirstOrThrow({
      where: { ...counted, phases: { has: "SIGNALEREN" }, locations: { some: { location: { buurt: { wijk: { name: "Zuid" } } } } } },
      select: { id: true },
    });
    const before = phaseCell(await overview(), "Zuid", "SIGNALEREN").local;
    await t.db.service.update({ where: { id: service.id }, data: { status: "TEMPORARILY_CLOSED" } });
    expect(phaseCell(await overview(), "Zuid", "SIGNALEREN").local).toBe(before - 1);
    await t.db.service.update({ where: { id: service.id }, data: { status: "ACTIVE" } });
  });
});

describe("stale listings per wijk", () => {
  it("counts per wijk of the addresses what the moderation rule finds, and the total once each", async () => {
    const view = await overview();
    const where = staleListingsWhere(NOW);
    expect(view.stale.total).toBe(await t.db.organization.count({ where }));
    expect(view.stale.total).toBeGreaterThan(0);
    for (const { wijk, count } of view.stale.rows) {
      expect(count, wijk.name).toBe(await t.db.organization.count({ where: { ...where, locations: { some: { location: { buurt: { wijkCode: wijk.code } } } } } }));
    }
    expect(view.stale.withoutWijk).toBe(await t.db.organization.count({ where: { ...where, locations: { none: { location: { buurt: { isNot: null } } } } } }));
  });

  it("drops a listing once it is checked", async () => {
    const stale = await t.db.organization.findFirstOrThrow({
      where: { ...staleListingsWhere(NOW), locations: { some: { location: { buurt: { wijk: { name: "Binnenstad" } } } } } },
      select: { id: true, verifiedAt: true },
    });
    const before = await overview();
    await t.db.organization.update({ where: { id: stale.id }, data: { verifiedAt: NOW } });
    const after = await overview();
    const binnenstad = (view: GapsOverview) => view.stale.rows.find((r) => r.wijk.name === "Binnenstad")!.count;
    expect(binnenstad(after)).toBe(binnenstad(before) - 1);
    expect(after.stale.total).toBe(before.stale.total - 1);
    await t.db.organization.update({ where: { id: stale.id }, data: { verifiedAt: stale.verifiedAt } });
  });
});
