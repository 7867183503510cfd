// Issue 11: the corpus of residents' queries (resident-queries.ts), each with the results a
// resident needs first, run against the Utrecht seed on the real database.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/test-database";
import { RESIDENT_QUERIES, type ResidentCase } from "./resident-queries";
import { searchAll } from "./search-helpers";

withTestDatabase();

async function failures(c: ResidentCase): Promise<string[]> {
  const result = await searchAll(`q=${encodeURIComponent(c.q)}`);
  const keys = result.items.map((i) => `${i.organization.slug}/${i.service.slug}`);
  const found: string[] = [];
  if (c.first && !c.first.includes(keys[0])) found.push(`first is ${keys[0] ?? "nothing"}, not one of ${c.first.join(", ")}`);
  if (c.within) {
    const [n, wanted] = c.within;
    for (const key of wanted) if (!keys.slice(0, n).includes(key)) found.push(`${key} not in the first ${n}`);
  }
  if (c.categories) {
    const [n, slugs] = c.categories;
    if (result.items.length < n) found.push(`only ${result.items.length} results, ${n} wanted`);
    result.items.slice(0, n).forEach((item, i) => {
      const own = item.service.categories.map((x) => x.slug);
      if (!own.some((slug) => slugs.includes(slug))) found.push(`#${i + 1} ${keys[i]} is in ${own.join(", ")}, not in ${slugs.join(", ")}`);
    });
  }
  if (c.speaks) {
    const speakers = await searchAll(`lang=${c.speaks}`);
    expect(speakers.total).toBeGreaterThan(0);
    if (result.total !== speakers.total) found.push(`${result.total} results, ${speakers.total} services speak ${c.speaks}`);
    for (const item of result.items) if (!item.service.languages.includes(c.speaks)) found.push(`${item.service.slug} does not speak ${c.speaks}`);
  }
  return found;
}

describe("residents' own words find what they need first", () => {
  it("has at least 60 queries, each with an expectation", () => {
    expect(RESIDENT_QUERIES.length).toBeGreaterThanOrEqual(60);
    for (const c of RESIDENT_QUERIES) expect(c.first ?? c.within ?? c.categories ?? c.speaks, c.q).toBeDefined();
    expect(new Set(RESIDENT_QUERIES.map((c) => c.q)).size).toBe(RESIDENT_QUERIES.length);
  });

  for (const c of RESIDENT_QUERIES) {
    it(c.q, async () => {
      expect(await failures(c)).toEqual([]);
    });
  }
});

describe("the three searches of issue 11's table", () => {
  it('"bewindvoering", "shuldhulp maatje" and "arabisch" find the guardianship, SchuldHulpMaatje and every Arabic speaker', async () => {
    const bewind = await searchAll("q=bewindvoering");
    const guardianship = await searchAll("category=beschermingsbewind");
    expect(bewind.total).toBeGreaterThan(0);
    expect(new Set(bewind.items.map((i) => i.id))).toEqual(new Set(guardianship.items.map((i) => i.id)));
    const maatje = await searchAll("q=shuldhulp%20maatje");
    expect(maatje.items[0].organization.slug).toBe("schuldhulpmaatje-utrecht");
    const arabic = await searchAll("q=arabisch");
    expect(arabic.total).toBe((await searchAll("lang=ar")).total);
    expect(arabic.total).toBeGreaterThanOrEqual(50);
  });

  it("a word that matches nothing does not end a search of words that do", async () => {
    const known = await searchAll("q=deurwaarder");
    const withNoise = await searchAll("q=deurwaarder%20qqxzzy");
    expect(withNoise.total).toBe(known.total);
    expect((await searchAll("q=qqxzzy%20wwvvkk")).total).toBe(0);
  });
});
