import { describe, expect, it } from "vitest";
import { buildLexicon, corrections, MAX_ALTERNATIVES, MAX_TERMS, normalizeWord, residentQuery } from "@/lib/search/resident-query";
import { RESIDENT_WORDS } from "@/lib/search/resident-words";
import { groupTsqueryText, searchWords } from "@/lib/search/text-query";

const categories = [
  { slug: "beschermingsbewind", name: "Beschermingsbewind", nameEn: "Financial guardianship" },
  { slug: "formulierenhulp", name: "Hulp bij formulieren", nameEn: "Help with forms" },
  { slug: "toeslagen", name: "Toeslagen", nameEn: "Benefits and allowances" },
];
const lexicon = buildLexicon(categories, ["Stichting SchuldHulpMaatje Utrecht", "Voedselbank Utrecht"]);
const query = (q: string) => residentQuery(searchWords(q), lexicon);

describe("the resident-word list", () => {
  it("has at least 40 entries, each finding something", () => {
    expect(RESIDENT_WORDS.length).toBeGreaterThanOrEqual(40);
    for (const entry of RESIDENT_WORDS) expect((entry.terms?.length ?? 0) + (entry.categories?.length ?? 0) + (entry.languages?.length ?? 0), entry.say[0]).toBeGreaterThan(0);
  });
});

describe("residentQuery", () => {
  it("adds the list's terms and categories to a resident's word", () => {
    const [group] = query("bewindvoering").groups;
    expect(group.alternatives[0]).toEqual(["bewindvoering"]);
    expect(group.alternatives).toContainEqual(["bewind"]);
    expect(group.categories).toEqual(["beschermingsbewind"]);
  });

  it("names languages in every public language", () => {
    for (const name of ["arabisch", "Arabic", "عربي", "arapça", "arabski", "арабська"]) expect(query(name).groups[0].languages, name).toEqual(["ar"]);
    expect(query("українська").groups[0].languages).toEqual(["uk"]);
  });

  it("finds categories by their name in any language, also a phrase", () => {
    expect(query("help with forms").groups).toEqual([expect.objectContaining({ categories: ["formulierenhulp"] })]);
    expect(query("pomoc z formularzami").groups[0].categories).toEqual(["formulierenhulp"]);
  });

  it("leaves out words that only ask for help, unless nothing else is left", () => {
    expect(query("help met formulieren").groups.map((g) => g.alternatives[0])).toEqual([["met"], ["formulieren"]]);
    expect(query("help").groups.map((g) => g.alternatives[0])).toEqual([["help"]]);
  });

  it("joins words written apart into a known word, and corrects a typo of the list at once", () => {
    expect(query("voedsel bank").groups).toEqual([expect.objectContaining({ alternatives: [["voedsel", "bank"], ["voedselbank"]] })]);
    expect(query("shuldhulp maatje").groups[0].alternatives).toContainEqual(["schuldhulpmaatje"]);
    expect(query("toeslagne").groups[0].alternatives).toContainEqual(["toeslagen"]);
  });

  it("corrects typos from names only for the fallback, never a known word", () => {
    const typo = query("voedselbnak");
    expect(typo.groups).toEqual([{ alternatives: [["voedselbnak"]], categories: [], languages: [] }]);
    expect(typo.corrected?.[0].alternatives[0]).toEqual(["voedselbank"]);
    expect(corrections("toeslagen", lexicon)).toEqual([]);
    expect(corrections("huur", lexicon)).toEqual([]);
    expect(query("toeslagen").corrected).toBeNull();
  });

  it("stays bounded whatever is typed", () => {
    const long = query("schulden deurwaarder incasso huurachterstand voedselpakket toeslagen formulieren bewindvoering");
    const terms = long.groups.reduce((n, g) => n + g.alternatives.reduce((m, a) => m + a.length, 0), 0);
    expect(terms).toBeLessThanOrEqual(MAX_TERMS);
    for (const g of long.groups) expect(g.alternatives.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
    expect(normalizeWord("Türkçe")).toBe("turkce");
  });
});

describe("groupTsqueryText", () => {
  it("passes words and their alternatives as bound arrays, never as SQL text", () => {
    const evil = "x'); DROP TABLE \"Service\"; --";
    const sql = groupTsqueryText([[evil, "geld"], ["voedsel"]]);
    expect(sql.values).toEqual([[evil, "geld", "voedsel"], [0, 0, 1]]);
    expect(sql.strings.join("")).not.toContain("DROP");
  });
});
