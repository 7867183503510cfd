// Opening-hours filters and order, and `near`, against the seeded database with a fixed clock.
import { describe, expect, it } from "vitest";
import { haversineMetres } from "@/lib/geo/distance";
import type { SeedHours } from "@/prisma/seed/types";
import { withTestDatabase } from "../support/test-database";
import { keysOf, searchAll, TUESDAY_AFTERNOON } from "./search-helpers";
import { keyOf, keysWhere, seedItems } from "./seed-items";

const t = withTestDatabase();

const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const covers = (h: SeedHours, minute: number) => minutes(h.opens) <= minute && minute < minutes(h.closes);

describe("open=now", () => {
  it("on an ordinary Tuesday at 14:00: the items whose Tuesday hours cover 14:00", async () => {
    // The seed has no span past midnight and no exception in November: a plain check suffices.
    expect(seedItems.flatMap((i) => i.hours).some((h) => minutes(h.closes) <= minutes(h.opens))).toBe(false);
    // 17 November 2026 is the third Tuesday of the month.
    const want = keysWhere((i) => i.hours.some((h) => h.day === "TU" && (h.weekOfMonth ?? 3) === 3 && covers(h, 14 * 60)));
    expect(want.size).toBeGreaterThan(10);
    const result = await searchAll("open=now", TUESDAY_AFTERNOON);
    expect(new Set(result.items.map(keyOf))).toEqual(want);
    for (const item of result.items) {
      expect(item.open.status).toBe("open");
      expect(Date.parse(item.open.closesAt ?? "")).toBeGreaterThan(TUESDAY_AFTERNOON.getTime());
    }
    // Voedselbank NOA: Tuesday 13:00–16:00, so it closes at 16:00 Utrecht time (15:00 UTC).
    const noa = result.items.find((i) => keyOf(i) === "voedselbank-utrecht/voedselpakket/NOA Overvecht");
    expect(noa?.open).toEqual({ status: "open", closesAt: "2026-11-17T15:00:00.000Z", nextOpening: null, reason: null });
  });

  it("never includes items without a place or without hours", async () => {
    const keys = await keysOf("open=now", TUESDAY_AFTERNOON);
    expect([...keys].some((k) => k.endsWith("/-"))).toBe(false);
  });

  it("follows special hours on a day without regular hours (Voedselbank Lombok, Wednesday 23 December)", async () => {
    const wednesdayMorning = new Date("2026-12-23T10:00:00.000Z"); // 11:00 in Utrecht
    const { items } = await searchAll("open=now", wednesdayMorning);
    const lombok = items.find((i) => keyOf(i) === "voedselbank-utrecht/voedselpakket/Voedselbank uitgiftepunt Lombok");
    expect(lombok?.open).toMatchObject({ status: "open", closesAt: "2026-12-23T11:30:00.000Z" });
  });

  it("closes on Christmas Day, except where special hours say otherwise", async () => {
    const christmasLunch = new Date("2026-12-25T12:00:00.000Z"); // Friday 25 December, 13:00
    expect(await keysOf("open=now", christmasLunch)).toEqual(new Set(["leger-des-heils-utrecht/buurthuiskamer/NOA Overvecht"]));
    const { items } = await searchAll("q=geldzaak", christmasLunch);
    const geldzaak = items.find((i) => i.service.slug === "inloop-geldvragen");
    expect(geldzaak?.open.status).toBe("closed");
    expect(geldzaak?.open.reason).toEqual(expect.any(String));
    expect(Date.parse(geldzaak?.open.nextOpening?.start ?? "")).toBeGreaterThan(christmasLunch.getTime());
  });

  it("agrees with every item's own open state, at many moments", async () => {
    const moments = [
      "2026-11-14T10:00:00Z", // second Saturday of the month, 11:00: monthly rules
      "2026-11-16T07:45:00Z", // Monday 08:45
      "2026-11-17T13:00:00Z",
      "2026-11-19T18:30:00Z", // Thursday 19:30
      "2026-11-22T10:30:00Z", // Sunday
      "2026-12-23T10:00:00Z", // special hours on a weekday without regular hours
      "2026-12-24T11:30:00Z", // Christmas Eve 12:30: shortened hours
      "2026-12-25T12:00:00Z", // a public holiday with special hours
      "2026-12-31T11:00:00Z",
      "2027-03-28T09:00:00Z", // the Sunday the clocks go forward
      "2027-03-29T12:00:00Z",
    ].map((iso) => new Date(iso));
    let openSomewhere = 0;
    for (const now of moments) {
      const all = await searchAll("", now);
      const open = await keysOf("open=now", now);
      expect(open, now.toISOString()).toEqual(new Set(all.items.filter((i) => i.open.status === "open").map(keyOf)));
      expect(all.facets.open).toEqual(open.size > 0 ? [{ value: "now", count: open.size }] : []);
      openSomewhere += open.size;
    }
    expect(openSomewhere).toBeGreaterThan(50);
  });
});

describe("open on a weekday (open=mo…su, at=HH:MM)", () => {
  it("open=tu: a Tuesday rule, whatever the hour", async () => {
    expect(await keysOf("open=tu")).toEqual(keysWhere((i) => i.hours.some((h) => h.day === "TU")));
  });

  it("open=tu&at=…: a Tuesday rule covering that time", async () => {
    const early = keysWhere((i) => i.hours.some((h) => h.day === "TU" && covers(h, 9 * 60 + 30)));
    const late = keysWhere((i) => i.hours.some((h) => h.day === "TU" && covers(h, 16 * 60 + 30)));
    expect(await keysOf("open=tu&at=09:30")).toEqual(early);
    expect(await keysOf("open=tu&at=16:30")).toEqual(late);
    expect(late.size).toBeLessThan(early.size);
  });

  it("counts monthly rules as open on that weekday", async () => {
    const saturday = await keysOf("open=sa");
    expect(saturday).toEqual(keysWhere((i) => i.hours.some((h) => h.day === "SA")));
    expect(saturday).toContain("bibliotheek-utrecht/workshop-rondkomen/Bibliotheek Neude");
    expect(await keysOf("open=su")).toEqual(keysWhere((i) => i.hours.some((h) => h.day === "SU")));
  });

  it("ignores rules that have ended or only start after the coming week", async () => {
    const place = await t.db.serviceAtLocation.findFirstOrThrow({ where: { service: { slug: "inloop-geldvragen" } } });
    const key = "de-geldzaak/inloop-geldvragen/De Geldzaak";
    const sunday = (validFrom: string | null, validTo: string | null) =>
      t.db.schedule.create({
        data: {
          serviceAtLocationId: place.id,
          byDay: "SU",
          opensAt: "10:00",
          closesAt: "12:00",
          validFrom: validFrom && new Date(`${validFrom}T00:00:00Z`),
          validTo: validTo && new Date(`${validTo}T00:00:00Z`),
        },
      });
    const ended = await sunday(null, "2026-10-31");
    const later = await sunday("2027-06-01", null);
    try {
      expect(await keysOf("open=su")).not.toContain(key);
      const soon = await sunday("2026-11-20", "2026-11-30"); // covers Sunday 22 November
      expect(await keysOf("open=su")).toContain(key);
      await t.db.schedule.delete({ where: { id: soon.id } });
    } finally {
      await t.db.schedule.deleteMany({ where: { id: { in: [ended.id, later.id] } } });
    }
  });
});

describe("sort=open", () => {
  it("puts open items first, then the soonest next opening, unknown hours last", async () => {
    const { items } = await searchAll("sort=open");
    const group = (status: string, next: unknown) => (status === "open" ? 0 : status === "closed" ? (next ? 1 : 2) : 3);
    let previous = { group: 0, next: 0 };
    for (const item of items) {
      const current = { group: group(item.open.status, item.open.nextOpening), next: Date.parse(item.open.nextOpening?.start ?? "") || 0 };
      expect(current.group).toBeGreaterThanOrEqual(previous.group);
      if (current.group === 1 && previous.group === 1) expect(current.next).toBeGreaterThanOrEqual(previous.next);
      previous = current;
    }
    expect(items[0].open.status).toBe("open");
    expect(items.at(-1)?.open.status).toBe("unknown");
  });
});

describe("near", () => {
  const overvecht = { lat: 52.1107, lng: 5.1105 };

  it("measures distance, sorts nearest first and names the buurt and wijk of the point", async () => {
    const result = await searchAll(`near=${overvecht.lat},${overvecht.lng}`);
    expect(result.near).toEqual({
      lat: overvecht.lat,
      lng: overvecht.lng,
      buurt: { code: "BU03440321", name: "Zamenhofdreef en omgeving", slug: "zamenhofdreef-en-omgeving" },
      wijk: { code: "WK034403", name: "Overvecht", slug: "overvecht" },
      method: "polygon",
    });
    const distances = result.items.map((i) => i.distance);
    const measured = distances.filter((d): d is number => d !== null);
    expect(measured).toEqual([...measured].sort((a, b) => a - b));
    // Items without a place come last, without a distance.
    expect(distances.slice(measured.length).every((d) => d === null)).toBe(true);
    expect(result.items.slice(measured.length).every((i) => i.location === null)).toBe(true);
    const first = result.items[0];
    expect(first.location?.wijk?.slug).toBe("overvecht");
    expect(first.distance).toBe(Math.round(haversineMetres(overvecht, { lat: first.location?.lat ?? 0, lng: first.location?.lng ?? 0 })));
    expect(first.distance).toBeLessThan(500);
  });

  it("keeps another order when asked, with distances still filled in", async () => {
    const { items } = await searchAll(`near=${overvecht.lat},${overvecht.lng}&sort=name`);
    expect(items[0].organization.name.localeCompare(items[1].organization.name, "nl")).toBeLessThanOrEqual(0);
    expect(items.filter((i) => i.location).every((i) => typeof i.distance === "number")).toBe(true);
  });

  it("sorts by distance by default, also with q", async () => {
    const { items } = await searchAll(`q=voedselbank&near=${overvecht.lat},${overvecht.lng}`);
    const measured = items.map((i) => i.distance ?? Infinity);
    expect(measured).toEqual([...measured].sort((a, b) => a - b));
  });

  it("has no buurt or wijk for a point outside Utrecht", async () => {
    const result = await searchAll("near=52.3731,4.8922");
    expect(result.near).toMatchObject({ buurt: null, wijk: null, method: null });
    expect(result.items[0].distance).toBeGreaterThan(25_000);
  });
});
