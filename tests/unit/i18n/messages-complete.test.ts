// Every language has every text it needs, and no more (issue 11, point 1):
//   (a) Dutch and English, the two full languages, have the same keys in every part;
//   (b) Arabic, Turkish, Polish and Ukrainian have every key of every residents' part
//       (lib/i18n/request.ts PUBLIC_PARTS) and, in extras.json, every text of the other parts
//       residents see (lib/i18n/public-messages.ts) — and nothing else;
//   (c) every translation has the arguments of the Dutch text: placeholders, plural and select
//       arguments (with select's choices) and rich-text tags, read with the ICU parser next-intl
//       itself uses, so that no value is dropped or named differently;
//   (d) the category names (CategoryNames) cover every category of the seed.
// Each failure lists the missing or extra keys per language and file, so a translator sees
// exactly what is left.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { categories } from "@/prisma/seed/categories";
import { PUBLIC_MESSAGE_PATHS } from "@/lib/i18n/public-messages";
import { PARTS as FULL_PARTS, PUBLIC_PARTS } from "@/lib/i18n/message-parts";
import { isFullLocale, routing } from "@/lib/i18n/routing";

type Tree = { [key: string]: Tree | string };
const DIR = path.join(process.cwd(), "lib/i18n/messages");
const RESIDENT_ONLY = routing.locales.filter((locale) => !isFullLocale(locale));

function read(locale: string, part: string): Tree | null {
  const file = path.join(DIR, locale, `${part}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Tree) : null;
}

/** "Site.nav.label" → its text, for every text of a tree. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(at, value);
    else for (const [inner, text] of flatten(value, at)) flat.set(inner, text);
  }
  return flat;
}

function difference(a: Iterable<string>, b: Set<string>): string[] {
  return [...a].filter((key) => !b.has(key)).sort();
}

/** Missing and extra keys of `actual` against `expected`, only the non-empty lists. */
function compareKeys(expected: Map<string, string>, actual: Map<string, string>) {
  const missing = difference(expected.keys(), new Set(actual.keys()));
  const extra = difference(actual.keys(), new Set(expected.keys()));
  return { ...(missing.length ? { missing } : {}), ...(extra.length ? { extra } : {}) };
}

/** Every text of every full-language part, flattened, for one language. */
function allTexts(locale: string): Map<string, string> {
  const all = new Map<string, string>();
  for (const part of FULL_PARTS) for (const [key, text] of flatten(read(locale, part) ?? {})) all.set(key, text);
  return all;
}

/** The texts a resident-only language must have in extras.json: the public paths, from Dutch. */
function extrasExpected(): Map<string, string> {
  const dutch = allTexts("nl");
  const expected = new Map<string, string>();
  for (const wanted of PUBLIC_MESSAGE_PATHS) {
    const found = [...dutch].filter(([key]) => key === wanted || key.startsWith(`${wanted}.`));
    if (found.length === 0) throw new Error(`public-messages.ts names ${wanted}, which Dutch does not have`);
    for (const [key, text] of found) expected.set(key, text);
  }
  return expected;
}

/**
 * What a message needs from its caller: each argument by name, select arguments with their
 * choices, date and time arguments, tags. A number may be plain in one language and a plural
 * in another (Dutch "{hours} uur", English "{hours, plural, one {# hour} …}"), and plural
 * branches differ per language (Arabic has six, Turkish two), so a number counts by its name
 * only; what is inside every branch counts too.
 */
function signature(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
        case TYPE.number:
          found.add(`{${element.value}}`);
          break;
        case TYPE.date:
          found.add(`{${element.value}, date}`);
          break;
        case TYPE.time:
          found.add(`{${element.value}, time}`);
          break;
        case TYPE.plural:
          found.add(`{${element.value}}`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.select:
          found.add(`{${element.value}, select, ${Object.keys(element.options).sort().join(" ")}}`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          found.add(`<${element.value}>`);
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

/** Texts whose arguments differ from the Dutch text's, or that do not parse. */
function argumentMismatches(dutch: Map<string, string>, translated: Map<string, string>): string[] {
  const wrong: string[] = [];
  for (const [key, text] of translated) {
    const original = dutch.get(key);
    if (original === undefined) continue;
    let mine: string[];
    try {
      mine = signature(text);
    } catch (error) {
      wrong.push(`${key}: does not parse (${(error as Error).message})`);
      continue;
    }
    const theirs = signature(original);
    if (mine.join(" ") !== theirs.join(" ")) wrong.push(`${key}: has ${mine.join(" ") || "no arguments"}, Dutch has ${theirs.join(" ") || "no arguments"}`);
  }
  return wrong;
}

describe("messages", () => {
  it("(a) Dutch and English have the same keys in every part", () => {
    const problems: Record<string, object> = {};
    for (const part of FULL_PARTS) {
      const nl = read("nl", part);
      const en = read("en", part);
      if (!nl || !en) {
        problems[part] = { missingFile: !nl ? "nl" : "en" };
        continue;
      }
      const keys = compareKeys(flatten(nl), flatten(en));
      if (Object.keys(keys).length) problems[`en/${part}.json`] = keys;
    }
    expect(problems).toEqual({});
  });

  it("(b) ar, tr, pl and uk have every residents' text and nothing else", () => {
    const problems: Record<string, object> = {};
    const extras = extrasExpected();
    for (const locale of RESIDENT_ONLY) {
      for (const part of PUBLIC_PARTS) {
        // The category names are checked against the seed, below.
        if (part === "categories") continue;
        const expected = part === "extras" ? extras : flatten(read("nl", part) ?? {});
        const own = read(locale, part);
        if (!own) {
          problems[`${locale}/${part}.json`] = { missingFile: true, missing: [...expected.keys()].sort() };
          continue;
        }
        const keys = compareKeys(expected, flatten(own));
        if (Object.keys(keys).length) problems[`${locale}/${part}.json`] = keys;
      }
    }
    expect(problems).toEqual({});
  });

  it("(c) every translation has the Dutch text's placeholders, plural and select arguments and tags", () => {
    const dutch = allTexts("nl");
    const problems: Record<string, string[]> = {};
    const english = argumentMismatches(dutch, allTexts("en"));
    if (english.length) problems.en = english;
    for (const locale of RESIDENT_ONLY) {
      const texts = new Map<string, string>();
      for (const part of PUBLIC_PARTS) for (const [key, text] of flatten(read(locale, part) ?? {})) texts.set(key, text);
      const wrong = argumentMismatches(dutch, texts);
      if (wrong.length) problems[locale] = wrong;
    }
    expect(problems).toEqual({});
  });

  it("(d) ar, tr, pl and uk name every category of the seed", () => {
    const slugs = categories.map((category) => category.slug).sort();
    const problems: Record<string, object> = {};
    for (const locale of RESIDENT_ONLY) {
      const names = read(locale, "categories")?.CategoryNames;
      const own = typeof names === "object" ? names : {};
      const named = new Set(Object.entries(own).filter(([, name]) => typeof name === "string" && name.trim() !== "").map(([slug]) => slug));
      const missing = slugs.filter((slug) => !named.has(slug));
      const extra = [...Object.keys(own)].filter((slug) => !slugs.includes(slug)).sort();
      if (missing.length || extra.length) problems[`${locale}/categories.json`] = { ...(missing.length ? { missing } : {}), ...(extra.length ? { extra } : {}) };
    }
    expect(problems).toEqual({});
  });

  it("checks itself: a missing placeholder, a renamed tag and a changed select are found; plural branches and plain numbers may differ", () => {
    const dutch = new Map([
      ["a", "Bel {number}"],
      ["b", "Voor <source>{contact}</source>"],
      ["c", "{count, plural, one {# plek} other {# plekken}}"],
      ["d", "{kind, select, formal {formeel} other {informeel}}"],
      ["e", "{hours} uur"],
    ]);
    const translated = new Map([
      ["a", "اتصل"],
      ["b", "Dla <src>{contact}</src>"],
      ["c", "{count, plural, zero {لا أماكن} one {مكان واحد} two {مكانان} few {# أماكن} many {# مكانًا} other {# مكان}}"],
      ["d", "{kind, select, formal {resmi} informal {gayriresmi} other {}}"],
      ["e", "{hours, plural, one {# hour} other {# hours}}"],
    ]);
    expect(argumentMismatches(dutch, translated).map((line) => line.split(":")[0])).toEqual(["a", "b", "d"]);
  });
});
