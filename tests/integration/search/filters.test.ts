// searchServices against the seeded Utrecht database: every filter on its own, with the
// expected items worked out from the seed files (seed-items.ts), not from the search code.
import { describe, expect, it } from "vitest";
import { SearchInputError } from "@/lib/search/errors";
import { searchServices } from "@/lib/search/queries";
import { prefixTsquery, searchWords } from "@/lib/search/text-query";
import { withTestDatabase } from "../support/test-database";
import { keysOf, params, searchAll } from "./search-helpers";
import { buurtCode, keysWhere, seedItems, servesBuurt, servesWijk, wijkCode } from "./seed-items";

const t = withTestDatabase();

describe("searchServices without filters", () => {
  it("lists every active service of every published organisation, one item per place", async () => {
    const result = await searchAll("");
    expect(result.total).toBe(seedItems.length);
    expect(new Set(result.items.map((i) => i.id)).size).toBe(result.total);
    const placeless = result.items.filter((i) => i.location === null).map((i) => i.service.slug);
    expect(placeless.sort()).toEqual(seedItems.filter((i) => !i.location).map((i) => i.service.slug).sort());
  });

  it("leaves out unpublished organisations and inactive services", async () => {
    const before = (await searchAll("")).total;
    const bank = await t.db.organization.findUniqueOrThrow({ where: { slug: "voedselbank-utrecht" }, include: { services: { include: { locations: true } } } });
    const geldzaak = await t.db.service.findFirstOrThrow({ where: { slug: "inloop-geldvragen" }, include: { locations: true } });
    await t.db.organization.update({ where: { id: bank.id }, data: { status: "ARCHIVED" } });
    await t.db.service.update({ where: { id: geldzaak.id }, data: { status: "TEMPORARILY_CLOSED" } });
    try {
      const keys = await keysOf("");
      expect([...keys].some((k) => k.startsWith("voedselbank-utrecht/"))).toBe(false);
      expect([...keys].some((k) => k.startsWith("de-geldzaak/inloop-geldvragen/"))).toBe(false);
      const hidden = bank.services.reduce((n, s) => n + s.locations.length, 0) + geldzaak.locations.length;
      expect(keys.size).toBe(before - hidden);
    } finally {
      await t.db.organization.update({ where: { id: bank.id }, data: { status: "PUBLISHED" } });
      await t.db.service.update({ where: { id: geldzaak.id }, data: { status: "ACTIVE" } });
    }
  });

  it("orders by organisation name, then service name", async () => {
    const { items } = await searchAll("");
    const collator = new Intl.Collator("nl", { sensitivity: "base", numeric: true });
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1], items[i]];
      const order = collator.compare(a.organization.name, b.organization.name) || collator.compare(a.service.name, b.service.name);
      expect(order, `${a.organization.name} / ${a.service.name} before ${b.organization.name} / ${b.service.name}`).toBeLessThanOrEqual(0);
    }
  });

  it("fills every item completely", async () => {
    const { items } = await searchAll("q=geldzaak");
    const item = items.find((i) => i.service.slug === "inloop-geldvragen");
    expect(item).toMatchObject({
      organization: { slug: "de-geldzaak", name: "De Geldzaak", kind: "FORMAL", track: expect.any(String), exampleData: expect.any(Boolean) },
      service: { isFree: true, noRegistration: true, accessModes: ["WALK_IN", "PHONE"], capacity: "OPEN" },
      location: { name: "De Geldzaak", address1: "Steenweg 20", postalCode: "3511 JN", lat: 52.0906, lng: 5.1183, wijk: { slug: "binnenstad", code: "WK034406", name: "Binnenstad" } },
      distance: null,
    });
    expect(item?.service.description.length).toBeGreaterThan(20);
    expect(item?.service.categories.map((c) => c.slug)).toEqual(["schuldhulp", "geldvragen", "formulierenhulp", "toeslagen"]);
    expect(item?.service.categories[0]).toEqual({ slug: "schuldhulp", name: "Schuldhulp", nameEn: "Debt help" });
  });
});

describe("free text (q)", () => {
  it('finds "schuldhulp" services for "schulden" (Dutch stem, as a prefix)', async () => {
    const keys = await keysOf("q=schulden");
    expect(keys).toContain("schuldhulpmaatje-utrecht/schuldhulpmaatje/Buurthuis Oost");
    expect(keys).toContain("gemeente-utrecht-schulddienstverlening/aanmelden-schuldhulp/Stadskantoor gemeente Utrecht");
    expect(keys).not.toContain("voedselbank-utrecht/voedselpakket/NOA Overvecht");
    expect(keys.size).toBeLessThan(seedItems.length);
  });

  it('finds the Voedselbank Utrecht for "voedselbank", best matches first', async () => {
    const { items } = await searchAll("q=voedselbank");
    const bank = keysWhere((i) => i.organisation === "voedselbank-utrecht");
    expect(bank.size).toBe(9);
    const keys = items.map((i) => `${i.organization.slug}/${i.service.slug}/${i.location?.name ?? "-"}`);
    expect(new Set(keys.slice(0, bank.size))).toEqual(bank);
    expect(items.every((i) => typeof i.open.status === "string")).toBe(true);
  });

  it('tolerates a typo: "voedselbnak"', async () => {
    const keys = await keysOf("q=voedselbnak");
    expect(keys).toEqual(keysWhere((i) => i.organisation === "voedselbank-utrecht"));
  });

  it('ignores accents both ways: "cafe" and "café"', async () => {
    const plain = await keysOf("q=cafe");
    const accented = await keysOf("q=caf%C3%A9");
    expect(plain).toEqual(accented);
    expect(plain).toContain("geldcafe-lunetten/geldcafe/Wijkcentrum Lunetten");
    expect(plain).toContain("vrouwencafe-hoograven/vrouwencafe/Kerkzaal Hoograven");
    expect(plain).toContain("financieel-cafe-leidsche-rijn/avondspreekuur/Wijkcentrum Parkwijk");
  });

  it("requires every word (AND)", async () => {
    expect(await keysOf("q=geldcafe")).toContain("buurthuis-oost/geldcafe/Buurthuis Oost");
    expect(await keysOf("q=geldcafe%20lunetten")).toEqual(new Set(["geldcafe-lunetten/geldcafe/Wijkcentrum Lunetten"]));
  });

  it("ranks the closest match first", async () => {
    const { items } = await searchAll("q=voedselbank%20aanmelden");
    expect(items[0].service.slug).toBe("aanmelden");
    expect(items.length).toBeGreaterThan(1);
  });

  it("survives text that looks like SQL or tsquery syntax", async () => {
    for (const q of ["'); DROP TABLE \"Service\"; --", "a & | ! ( ) : * <-> \\ '", "schuld:* | !voedsel", "\u0000x", "((((("]) {
      const result = await searchServices(params(`q=${encodeURIComponent(q)}`));
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect(await t.db.service.count()).toBeGreaterThan(0);
    // Whatever people type, PostgreSQL accepts the tsquery built from it, also where unaccent
    // turns a letter into tsquery syntax (ŉ → 'n, ʹ → ', ː → :).
    const nasty = "&|!():*'\"\\<->-_ ,.;éëßŉʹːʻ漢字🙂\u0301\t\n";
    const inputs = Array.from({ length: 300 }, (_, n) =>
      Array.from({ length: 1 + (n % 17) }, (_, k) => nasty[(n * 7 + k * 13) % nasty.length] + (k % 3 === 0 ? "schuld" : "")).join(""),
    );
    let lexemes = 0;
    for (const input of [...inputs, "ŉ ʹ ː", "\u0301", "schuld\u0301ː"]) {
      const [row] = await t.db.$queryRaw<{ q: string | null }[]>`SELECT ${prefixTsquery(searchWords(input))}::text AS q`;
      if (row.q) lexemes++;
    }
    expect(lexemes).toBeGreaterThan(100);
    for (const q of ["ŉ ʹ ː", "\u0301", "schuld\u0301ː", "'n:ss"]) {
      expect((await searchServices(params(`q=${encodeURIComponent(q)}`))).total).toBeGreaterThanOrEqual(0);
    }
    // Only operators and no words: nothing to search for, so no text filter at all.
    expect((await searchAll("q=%26%7C!()%3A*")).total).toBe(seedItems.length);
  });
});

describe("areas (wijk, buurt)", () => {
  const overvecht = wijkCode("overvecht");
  const expected = keysWhere((i) => servesWijk(i, overvecht));

  it("wijk by slug: places in the wijk and services whose area covers it", async () => {
    const keys = await keysOf("wijk=overvecht");
    expect(keys).toEqual(expected);
    // A place-less service for Overvecht, and a city-wide one seated elsewhere that is not.
    expect(keys).toContain("burenhulp-app-overvecht/vraag-het-de-buren/-");
    expect(keys).toContain("gemeente-utrecht-schulddienstverlening/schuldregeling/Buurtteamkantoor Overvecht-Zuid");
    expect(keys).not.toContain("gemeente-utrecht-schulddienstverlening/schuldregeling/Stadskantoor gemeente Utrecht");
  });

  it("wijk by CBS code, in any case", async () => {
    expect(await keysOf(`wijk=${overvecht}`)).toEqual(expected);
    expect(await keysOf(`wijk=${overvecht.toLowerCase()}`)).toEqual(expected);
  });

  it("buurt by slug and by code: the place, or an area naming the buurt or its wijk", async () => {
    const code = buurtCode("zamenhofdreef-en-omgeving");
    const want = keysWhere((i) => servesBuurt(i, code));
    expect(want).toContain("buurtteam-jeugd-en-gezin-overvecht/gezin-en-geldzorgen/Buurtteamkantoor Overvecht-Zuid");
    expect(want).not.toContain("buurtteam-sociaal-overvecht-noord/geldzorgen-en-schulden/Buurtteamkantoor Overvecht-Noord");
    expect(await keysOf("buurt=zamenhofdreef-en-omgeving")).toEqual(want);
    expect(await keysOf(`buurt=${code}`)).toEqual(want);
    expect(await keysOf(`buurt=${code.toLowerCase()}`)).toEqual(want);
  });

  it("counts a service area of one buurt for that buurt and its wijk, wherever the place is", async () => {
    const geldzaak = await t.db.service.findFirstOrThrow({ where: { slug: "inloop-geldvragen" } });
    const key = "de-geldzaak/inloop-geldvragen/De Geldzaak"; // in the Binnenstad
    expect(await keysOf("wijk=overvecht")).not.toContain(key);
    const area = await t.db.serviceArea.create({ data: { serviceId: geldzaak.id, buurtCode: buurtCode("zamenhofdreef-en-omgeving") } });
    try {
      expect(await keysOf("wijk=overvecht")).toContain(key);
      expect(await keysOf("buurt=zamenhofdreef-en-omgeving")).toContain(key);
      expect(await keysOf("buurt=tigrisdreef-en-omgeving")).not.toContain(key);
      expect(await keysOf("wijk=zuid")).not.toContain(key);
    } finally {
      await t.db.serviceArea.delete({ where: { id: area.id } });
    }
  });

  it("refuses an unknown wijk or buurt instead of ignoring it", async () => {
    await expect(searchServices(params("wijk=atlantis"))).rejects.toMatchObject({ name: "SearchInputError", parameter: "wijk" });
    await expect(searchServices(params("wijk=WK034499"))).rejects.toBeInstanceOf(SearchInputError);
    await expect(searchServices(params("buurt=bu03449999"))).rejects.toMatchObject({ parameter: "buurt" });
  });
});

describe("service properties", () => {
  it("category: any of the given slugs", async () => {
    const food = keysWhere((i) => i.service.categories.includes("voedsel"));
    expect(await keysOf("category=voedsel")).toEqual(food);
    const either = keysWhere((i) => i.service.categories.includes("voedsel") || i.service.categories.includes("u-pas"));
    expect(either.size).toBeGreaterThan(food.size);
    expect(await keysOf("category=voedsel&category=u-pas")).toEqual(either);
    await expect(searchServices(params("category=bestaat-niet"))).rejects.toMatchObject({ parameter: "category" });
  });

  it("phase: any of the given phases (repeatable)", async () => {
    const solve = keysWhere((i) => i.service.phases.includes("OPLOSSEN"));
    expect(await keysOf("phase=oplossen")).toEqual(solve);
    const either = keysWhere((i) => i.service.phases.includes("OPLOSSEN") || i.service.phases.includes("NAZORG"));
    expect(either.size).toBeGreaterThan(solve.size);
    expect(await keysOf("phase=oplossen&phase=nazorg")).toEqual(either);
  });

  it("kind: formal or informal organisations", async () => {
    expect(await keysOf("kind=informal")).toEqual(keysWhere((i) => i.organisationKind === "INFORMAL"));
    expect(await keysOf("kind=formal")).toEqual(keysWhere((i) => i.organisationKind === "FORMAL"));
  });

  it("lang: services that speak any of the languages", async () => {
    const arabic = keysWhere((i) => i.service.languages.includes("ar"));
    expect(arabic.size).toBeGreaterThan(10);
    expect(await keysOf("lang=ar")).toEqual(arabic);
    expect(await keysOf("lang=ti&lang=so")).toEqual(keysWhere((i) => i.service.languages.some((l) => l === "ti" || l === "so")));
    expect((await searchAll("lang=zu")).total).toBe(0);
  });

  it("access: any of the given ways in (repeatable)", async () => {
    expect(await keysOf("access=walk-in")).toEqual(keysWhere((i) => i.service.accessModes.includes("WALK_IN")));
    expect(await keysOf("access=walk-in&access=online")).toEqual(
      keysWhere((i) => i.service.accessModes.includes("WALK_IN") || i.service.accessModes.includes("ONLINE")),
    );
  });

  it("free and no_registration: only when true", async () => {
    const paid = keysWhere((i) => !i.service.isFree);
    expect(paid.size).toBeGreaterThan(0);
    expect(await keysOf("free=true")).toEqual(keysWhere((i) => i.service.isFree));
    expect((await searchAll("free=false")).total).toBe(seedItems.length);
    expect(await keysOf("no_registration=1")).toEqual(keysWhere((i) => i.service.noRegistration));
  });
});
