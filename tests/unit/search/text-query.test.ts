import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { NO_FILTERS, searchSql, type SqlFilters, type SqlQuery } from "@/lib/search/search-sql";
import { MAX_SEARCH_WORDS, MAX_WORD_LENGTH, prefixTsquery, searchWords, trigramText } from "@/lib/search/text-query";

describe("searchWords", () => {
  it("lower-cases and splits on anything that is not a letter or digit", () => {
    expect(searchWords("Hulp bij SCHULDEN, snel!")).toEqual(["hulp", "bij", "schulden", "snel"]);
    expect(searchWords("Vleuten-De Meern")).toEqual(["vleuten", "de", "meern"]);
    expect(searchWords("café")).toEqual(["café"]);
  });

  it("keeps a decomposed accent with its letter", () => {
    expect(searchWords("cafe\u0301")).toEqual(["café"]);
  });

  it("drops every tsquery operator and quote", () => {
    expect(searchWords("schuld:* & !voedsel | (hulp) <-> 'x' \"y\" \\z")).toEqual(["schuld", "voedsel", "hulp", "x", "y", "z"]);
    expect(searchWords("&|!():*<->'\"\\")).toEqual([]);
    expect(searchWords("'); DROP TABLE \"Service\"; --")).toEqual(["drop", "table", "service"]);
  });

  it("only ever returns runs of letters, marks and digits, whatever the input", () => {
    const nasty = ["&", "|", "!", "(", ")", ":", "*", "'", '"', "\\", "<->", " ", "\u0000", "é", "ß", "漢", "🙂", "\u0301", "a", "7", "\t", "ʹ", "ː"];
    for (let n = 0; n < 2000; n++) {
      const input = Array.from({ length: 1 + (n % 23) }, (_, k) => nasty[(n * 31 + k * 17) % nasty.length]).join("");
      for (const word of searchWords(input)) expect(word, JSON.stringify(input)).toMatch(/^[\p{L}\p{M}\p{N}]+$/u);
    }
  });

  it("bounds the number and length of words, without duplicates", () => {
    expect(searchWords("a b c d e f g h i j k")).toHaveLength(MAX_SEARCH_WORDS);
    expect(searchWords("x".repeat(500))[0]).toHaveLength(MAX_WORD_LENGTH);
    expect(searchWords("geld geld GELD")).toEqual(["geld"]);
  });
});

describe("prefixTsquery", () => {
  it("passes the words as one bound array, never as SQL text", () => {
    const words = searchWords("schulden ŉʹː x'); DROP TABLE \"Service\"; --");
    const sql = prefixTsquery(words);
    expect(sql.values).toEqual([words]);
    expect(sql.strings.join("")).not.toMatch(/schulden|DROP/);
    // Unaccenting first, quoting after: the SQL escapes both quote and backslash.
    expect(sql.sql).toMatch(/immutable_unaccent\(w\)/);
    expect(sql.sql).toMatch(/replace\(replace\(u, chr\(92\), chr\(92\) \|\| chr\(92\)\), chr\(39\), chr\(39\) \|\| chr\(39\)\)/);
  });
});

describe("trigramText", () => {
  it("joins the words, but only when long enough to compare", () => {
    expect(trigramText(["voedselbnak"])).toBe("voedselbnak");
    expect(trigramText(["geld", "cafe"])).toBe("geld cafe");
    expect(trigramText(["de"])).toBeNull();
    expect(trigramText([])).toBeNull();
  });
});

describe("searchSql", () => {
  const filters = (overrides: Partial<SqlFilters>): SqlFilters => ({ ...NO_FILTERS, ...overrides });
  const query = (f: SqlFilters, extra: Partial<SqlQuery> = {}): Prisma.Sql =>
    searchSql({ filters: f, order: "name", near: null, now: "2026-11-17T13:00:00.000Z", horizon: "2027-01-19T00:00:00.000Z", offset: 0, limit: 20, ...extra });

  it("passes everything that comes from a request as a bound value, never as SQL text", () => {
    const evil = "x'); DROP TABLE \"Service\"; --";
    const sql: Prisma.Sql = query(
      filters({
        words: [evil],
        trigram: evil,
        wijk: { code: evil, buurtCodes: [evil] },
        buurt: { code: evil, wijkCode: evil },
        categories: [evil],
        languages: [evil],
      }),
    );
    expect(sql.strings.join("")).not.toContain("DROP");
    expect(sql.values.flat()).toContain(evil);
  });

  it("adds only the filters that are asked for", () => {
    const plain = query(filters({})).sql;
    expect(plain).not.toMatch(/ServiceArea|s\."isFree" AND|searchVector|word_similarity|"Schedule"/);
    const all = query(filters({ words: ["geld"], trigram: "geld", free: true, wijk: { code: "WK034403", buurtCodes: [] } })).sql;
    expect(all).toMatch(/ServiceArea/);
    expect(all).toMatch(/AND s\."isFree"/);
    expect(all).toMatch(/<% s\."nameSearch"/);
    expect(query(filters({ words: ["de"], trigram: null })).sql).not.toMatch(/word_similarity|<%/);
  });

  it("pages in SQL: limit and offset are bound values", () => {
    const sql = query(filters({}), { offset: 40, limit: 20 });
    expect(sql.sql).toMatch(/LIMIT \? OFFSET \?/);
    expect(sql.values).toContain(40);
  });
});
