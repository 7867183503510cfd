// The help finder's URL: what a resident's answers become, and that anything else — typed by
// hand, crawled, or hostile — gives field messages and never an exception.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIELDS, PARAM, parseHelpQuery, type ErrorKey } from "@/lib/help-finder/query";
import { SITUATIONS } from "@/lib/help-finder/situations";
import nl from "@/lib/i18n/messages/nl/help-finder.json";
import en from "@/lib/i18n/messages/en/help-finder.json";

const LANGUAGES = ["ar", "en", "nl", "pl", "tr", "uk"];
const parse = (raw: Record<string, string | string[] | undefined>, locale = "nl") => parseHelpQuery(raw, { locale, languages: LANGUAGES });

/** As Next hands the query string to a page: one value a string, repeated values an array. */
function recordOf(search: string): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const before = record[key];
    record[key] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
  }
  return record;
}

describe("parseHelpQuery", () => {
  it("reads a resident's answers as the form sends them", () => {
    const parsed = parse(recordOf("wat=deurwaarder&wat=eten&spoed=vandaag&buurt=bu03440832&postcode=&taal=ar&gaan=nee"));
    expect(parsed).toEqual({
      query: { situations: ["deurwaarder", "eten"], urgency: "vandaag", buurt: "BU03440832", postcode: null, language: "ar", canTravel: false },
      errors: {},
      asked: true,
    });
  });

  it("a bare page asks nothing, and defaults to this week, the page's language and going there", () => {
    expect(parse({}, "tr")).toEqual({
      query: { situations: [], urgency: "deze-week", buurt: null, postcode: null, language: "tr", canTravel: true },
      errors: {},
      asked: false,
    });
  });

  it("writes a postcode one way, with or without letters", () => {
    expect(parse({ postcode: " 3527ab " }).query.postcode).toBe("3527 AB");
    expect(parse({ postcode: "3527 AB" }).query.postcode).toBe("3527 AB");
    expect(parse({ postcode: "3527" }).query.postcode).toBe("3527");
    expect(parse({ postcode: "0527AB" }).errors).toEqual({ postcode: { key: "postcode" } });
    expect(parse({ postcode: "Marshallaan" }).errors).toEqual({ postcode: { key: "postcode" } });
  });

  it("an empty language ('Maakt niet uit') is no preference; no language at all is the page's", () => {
    expect(parse({ taal: "" }, "ar").query.language).toBeNull();
    expect(parse({ wat: "eten" }, "ar").query.language).toBe("ar");
    expect(parse({ wat: "eten" }, "nl").query.language).toBe("nl");
  });

  it("keeps situations in the form's order, each once", () => {
    expect(parse({ wat: ["eten", "post", "eten", "post"] }).query.situations).toEqual(["post", "eten"]);
  });

  it("gives a field message for each unknown value, and falls back to that field's default", () => {
    const parsed = parse({ wat: ["eten", "drugs"], spoed: "gisteren", buurt: "BU03630000x", taal: "xx", gaan: "misschien" });
    expect(parsed.errors).toEqual({
      situations: { key: "situation" },
      urgency: { key: "urgency" },
      buurt: { key: "tooLong", values: { max: 10 } },
      language: { key: "language" },
      access: { key: "access" },
    });
    expect(parsed.query).toMatchObject({ situations: [], urgency: "deze-week", buurt: null, language: "nl", canTravel: true });
    expect(parse({ buurt: "BU03630000" }).errors).toEqual({ buurt: { key: "buurt" } });
    expect(parse({ taal: "Arabisch" }).errors).toEqual({ language: { key: "tooLong", values: { max: 3 } } });
  });

  it("the same single answer twice is one answer; two different answers are a message", () => {
    expect(parse({ spoed: ["vandaag", "vandaag"] })).toMatchObject({ query: { urgency: "vandaag" }, errors: {} });
    expect(parse({ spoed: ["vandaag", "geen-haast"] }).errors).toEqual({ urgency: { key: "one" } });
    expect(parse({ postcode: ["3527 AB", "3584 CJ"] }).errors).toEqual({ postcode: { key: "one" } });
  });

  it("caps huge values and long lists without reading them all as answers", () => {
    const huge = "3".repeat(100_000);
    expect(parse({ postcode: huge }).errors).toEqual({ postcode: { key: "tooLong", values: { max: 12 } } });
    const many = Array.from({ length: 5_000 }, (_, i) => `x${i}`);
    expect(parse({ wat: many }).errors.situations?.key).toMatch(/situation|tooMany/);
    // Thousands of the same known answer are that answer once.
    expect(parse({ wat: Array.from({ length: 5_000 }, () => "eten") })).toMatchObject({ query: { situations: ["eten"] }, errors: {} });
  });

  it("ignores parameters that are not questions, and '__proto__' changes nothing", () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "utm_source": "folder", "wat": "post"}') as Record<string, string>;
    const parsed = parse(raw);
    expect(parsed.errors).toEqual({});
    expect(parsed.query.situations).toEqual(["post"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("has a message in Dutch and English for every error it can give", () => {
    const keys: ErrorKey[] = ["situation", "urgency", "buurt", "postcode", "language", "access", "one", "tooLong", "tooMany"];
    for (const key of keys) {
      expect(nl.HelpFinder.errors[key]).toBeTruthy();
      expect(en.HelpFinder.errors[key]).toBeTruthy();
    }
  });

  it("any query string parses to answers or field messages, never an exception", () => {
    const names = [...Object.values(PARAM), "x", "__proto__", "constructor"];
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...SITUATIONS, "vandaag", "deze-week", "geen-haast", "BU03440832", "3527 AB", "ar", "ja", "nee", ""),
      fc.string({ unit: "binary", maxLength: 20 }),
    );
    const query = fc.array(fc.tuple(fc.constantFrom(...names), value), { maxLength: 30 });
    fc.assert(
      fc.property(query, fc.constantFrom("nl", "en", "ar", "tr", "pl", "uk"), (pairs, locale) => {
        const search = new URLSearchParams(pairs).toString();
        const parsed = parse(recordOf(search), locale);
        for (const [field, error] of Object.entries(parsed.errors)) {
          expect(FIELDS).toContain(field);
          expect(Object.keys(nl.HelpFinder.errors)).toContain(error.key);
        }
        expect(parsed.query.situations.every((s) => (SITUATIONS as readonly string[]).includes(s))).toBe(true);
        expect(parsed.query.buurt === null || /^BU0344\d{4}$/.test(parsed.query.buurt)).toBe(true);
        expect(parsed.asked).toBe(pairs.some(([name]) => (Object.values(PARAM) as string[]).includes(name)));
      }),
      { numRuns: 500 },
    );
  });
});
