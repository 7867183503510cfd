// Search in the database (issue 10): the work stays bounded by the page, names sort the Dutch
// way through the trigger-kept keys, the weekday filter in SQL agrees with the hours engine,
// openings follow every hours edit in its own transaction, and the map points hold every match.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isOpenAt, type ScheduleRule, type Weekday } from "@/lib/hours";
import { replaceHoursRules } from "@/lib/listings/hours-snapshot";
import { searchPlace, searchPoints } from "@/lib/search/points";
import { searchRowsFetched, searchServices } from "@/lib/search/queries";
import { withTestDatabase } from "../support/test-database";
import { params, searchAll, TUESDAY_AFTERNOON } from "./search-helpers";
import { seedItems } from "./seed-items";

const t = withTestDatabase();

describe("bounded work", () => {
  it("fetches the page's rows into Node, not the whole result", async () => {
    const before = searchRowsFetched.count;
    const result = await searchServices(params("per_page=5"), { now: TUESDAY_AFTERNOON });
    const fetched = searchRowsFetched.count - before;
    expect(result.total).toBe(seedItems.length);
    expect(result.items).toHaveLength(5);
    // One answer row, five page rows, and at most five services and five places of details.
    expect(fetched).toBeLessThanOrEqual(1 + 5 * 3);
    expect(fetched).toBeLessThan(result.total);
  });

  it("pages in SQL: consecutive pages add up to the whole ordered result, without overlap", async () => {
    const all = (await searchAll("sort=open")).items.map((i) => i.id);
    const pages: string[] = [];
    for (let page = 1; page <= Math.ceil(all.length / 7); page++) {
      pages.push(...(await searchServices(params(`sort=open&per_page=7&page=${page}`), { now: TUESDAY_AFTERNOON })).items.map((i) => i.id));
    }
    expect(pages).toEqual(all);
  });
});

describe("nearest first with a bounding-box prefilter", () => {
  // Utrecht Centraal (many places within 1.5 km: the box alone fills the page) and the edge of
  // the city (the box holds too few: every match gets its distance).
  for (const near of ["52.0894,5.1100", "52.1300,5.0200"]) {
    it(`gives every page the same items as one long list (near=${near})`, async () => {
      const all = (await searchAll(`near=${near}`)).items;
      const distances = all.map((i) => i.distance ?? Infinity);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      for (const [page, perPage] of [[1, 5], [2, 5], [1, 20], [3, 9]]) {
        const got = await searchServices(params(`near=${near}&per_page=${perPage}&page=${page}`), { now: TUESDAY_AFTERNOON });
        expect(got.items.map((i) => [i.id, i.distance])).toEqual(all.slice((page - 1) * perPage, page * perPage).map((i) => [i.id, i.distance]));
      }
    });
  }
});

describe("nearest first: any place, any page", () => {
  it("every page equals that part of the one long list, wherever `near` is (small box, large box, or none enough)", async () => {
    await fc.assert(
      fc.asyncProperty(
        // Utrecht and a little around it: from the centre (300 m is enough) to the fields (nothing near).
        fc.double({ min: 52.02, max: 52.16, noNaN: true }),
        fc.double({ min: 4.98, max: 5.2, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 4 }),
        async (lat, lng, perPage, page) => {
          const near = `${lat.toFixed(5)},${lng.toFixed(5)}`;
          const all = (await searchAll(`near=${near}`)).items;
          const got = await searchServices(params(`near=${near}&per_page=${perPage}&page=${page}`), { now: TUESDAY_AFTERNOON });
          expect(got.items.map((i) => [i.id, i.distance])).toEqual(all.slice((page - 1) * perPage, page * perPage).map((i) => [i.id, i.distance]));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe("name order", () => {
  it("sorts organisations the Dutch way: case, accents and numbers as a reader expects", async () => {
    const names = ["Ésprit", "buurtteam", "Al-Amal", "Buurtteam", "Stichting 10", "Stichting 9"];
    const rows = await t.db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM unnest($1::text[]) WITH ORDINALITY AS n(name, i) ORDER BY search_sort_key(name) COLLATE "C", i`,
      names,
    );
    expect(rows.map((r) => r.name)).toEqual(["Al-Amal", "buurtteam", "Buurtteam", "Ésprit", "Stichting 9", "Stichting 10"]);
  });

  it("keeps the keys up to date when an organisation is renamed", async () => {
    const service = await t.db.service.findFirstOrThrow({ select: { id: true, organizationId: true, name: true } });
    await t.db.organization.update({ where: { id: service.organizationId }, data: { name: "Ääbc Test" } });
    const [row] = await t.db.$queryRawUnsafe<{ sortKey: string; organizationNameSearch: string }[]>(
      `SELECT "sortKey", "organizationNameSearch" FROM "Service" WHERE id = $1`,
      service.id,
    );
    expect(row.organizationNameSearch).toBe("Aabc Test");
    expect(row.sortKey.startsWith("aabc test\u0001")).toBe(true);
  });
});

const WEEKDAYS: Weekday[] = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45)).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const ruleArb = fc.record({
  freq: fc.constantFrom("WEEKLY" as const, "MONTHLY" as const),
  byDay: fc.constantFrom(...WEEKDAYS),
  weekOfMonth: fc.constantFrom(1, 2, -1),
  opensAt: clock,
  closesAt: clock,
  validity: fc.constantFrom("always", "ended", "later", "current"),
});
const VALIDITY = {
  always: { validFrom: null, validTo: null },
  ended: { validFrom: null, validTo: "2026-11-10" },
  later: { validFrom: "2026-12-01", validTo: null },
  current: { validFrom: "2026-11-01", validTo: "2026-11-30" },
} as const;

describe("open on a weekday (SQL) agrees with the hours engine", () => {
  it("for random rules, weekdays and times", async () => {
    // One place of the seed gets random rules; the search must find it exactly when isOpenAt
    // (on the rules valid in the coming week) says it is open on that weekday (at that time).
    const place = await t.db.serviceAtLocation.findFirstOrThrow({
      where: { service: { status: "ACTIVE", organization: { status: "PUBLISHED" } } },
      select: { id: true, service: { select: { slug: true } } },
    });
    const today = { year: 2026, month: 11, day: 17 };
    await fc.assert(
      fc.asyncProperty(fc.array(ruleArb, { maxLength: 3 }), fc.constantFrom(...WEEKDAYS), fc.option(fc.integer({ min: 0, max: 1439 }), { nil: null }), async (rules, weekday, minute) => {
        const stored = rules.map((r) => ({ ...r, weekOfMonth: r.freq === "MONTHLY" ? r.weekOfMonth : null, ...VALIDITY[r.validity] }));
        await t.db.$transaction((tx) => replaceHoursRules(tx, place.id, stored));
        const engineRules: ScheduleRule[] = stored
          .filter((r) => (r.validTo === null || r.validTo >= "2026-11-17") && (r.validFrom === null || r.validFrom <= "2026-11-23"))
          .map((r) => ({ ...r, validFrom: null, validTo: null }));
        const expected = isOpenAt(weekday, minute, engineRules);
        const at = minute === null ? "" : `&at=${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
        const found = (await searchAll(`open=${weekday.toLowerCase()}${at}`)).items.some((i) => i.id === place.id);
        expect(found, JSON.stringify({ stored, weekday, minute, today })).toBe(expected);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("materialised openings follow every edit", () => {
  it("an hours change shows in open=now at once, and a rollback leaves the old openings", async () => {
    const place = await t.db.serviceAtLocation.findFirstOrThrow({
      where: { service: { status: "ACTIVE", organization: { status: "PUBLISHED" } }, schedules: { none: { byDay: "TU" } } },
      select: { id: true },
    });
    const openNow = async () => (await searchAll("open=now")).items.some((i) => i.id === place.id);
    expect(await openNow()).toBe(false);
    await expect(
      t.db.$transaction(async (tx) => {
        await replaceHoursRules(tx, place.id, [{ byDay: "TU", opensAt: "13:00", closesAt: "15:00" }]);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await openNow()).toBe(false);
    await t.db.$transaction((tx) => replaceHoursRules(tx, place.id, [{ byDay: "TU", opensAt: "13:00", closesAt: "15:00" }]));
    expect(await openNow()).toBe(true);
    const sorted = await searchServices(params("sort=open&per_page=100"), { now: TUESDAY_AFTERNOON });
    expect(sorted.items.findIndex((i) => i.id === place.id)).toBeLessThan(sorted.facets.open[0]?.count ?? 0);
  });

  it("a search refreshes the window itself when it has run out (no daily job)", async () => {
    const later = new Date(TUESDAY_AFTERNOON.getTime() + 30 * 86_400_000);
    const result = await searchServices(params("open=now&per_page=100"), { now: later });
    const [window] = await t.db.$queryRawUnsafe<{ toDate: string }[]>(`SELECT "toDate"::text AS "toDate" FROM "OpeningWindow"`);
    expect(window.toDate >= "2026-12-17").toBe(true);
    expect(result.items.every((i) => i.open.status === "open")).toBe(true);
  });
});

describe("map points", () => {
  it("hold every matching place, however many pages the list has", async () => {
    const list = await searchAll("");
    const { points } = await searchPoints(params("per_page=5"), { now: TUESDAY_AFTERNOON });
    const located = list.items.filter((i) => i.location);
    const places = new Set(located.map((i) => i.location?.id));
    expect(points.total).toBe(places.size);
    expect(points.truncated).toBe(false);
    expect(new Set(points.features.map((f) => f.id))).toEqual(places);
    expect(points.features.reduce((sum, f) => sum + f.properties.count, 0)).toBe(located.length);
    const feature = points.features[0];
    expect(feature.geometry.coordinates).toHaveLength(2);
  });

  it("apply the same filters and open state as the list", async () => {
    const list = await searchAll("open=now&kind=informal");
    const { points } = await searchPoints(params("open=now&kind=informal"), { now: TUESDAY_AFTERNOON });
    const located = list.items.filter((i) => i.location);
    expect(points.features.map((f) => f.id).sort()).toEqual([...new Set(located.map((i) => i.location!.id))].sort());
    expect(points.features.every((f) => f.properties.kind === "informal")).toBe(true);
    const entries = [];
    for (const feature of points.features) entries.push(...(await searchPlace(params("open=now&kind=informal"), feature.id, { now: TUESDAY_AFTERNOON })).place!.entries);
    expect(entries.map((e) => e.itemId).sort()).toEqual(located.map((i) => i.id).sort());
    expect(entries.every((e) => e.open && e.kind === "informal")).toBe(true);
    expect(entries[0].organisationSlug).toBeTruthy();
  });
});
