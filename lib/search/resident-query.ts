// From the words a resident typed to what the search looks for (issue 11): each word, or
// phrase of the resident-word list, becomes a group that must match (AND, as before); a group
// matches by any of its alternatives (OR): the word itself, the terms the list gives for it,
// the words written together ("voedsel bank" → "voedselbank"), or a category or a spoken
// language it names ("arabisch" → services that speak Arabic). Words that only say "help" are
// left out when others remain. A second set of groups corrects typos against the words of the
// names, the list and the categories ("shuldhulp" → "schuldhulp"); the search uses it only
// when the words as typed find nothing anywhere (search-sql.ts), so a query that finds
// something is never changed by a guess.
//
// Pure and bounded: at most MAX_SEARCH_WORDS groups, MAX_ALTERNATIVES per group and MAX_TERMS
// words in all, whatever the list holds; everything reaches SQL as bound values.
import { CATEGORY_NAMES, FILLER_WORDS, LANGUAGE_NAMES, RESIDENT_WORDS } from "./resident-words";
import { languageNamesInSiteLanguages, translatedCategoryNames } from "./translated-names";

export type TextGroup = {
  /** Each alternative is a list of words that must all match (prefixes of Dutch stems). */
  alternatives: string[][];
  /** Category slugs whose services match the group. */
  categories: string[];
  /** ISO 639 codes: services that speak one match the group. */
  languages: string[];
};

export type ResidentQuery = {
  groups: TextGroup[];
  /** The groups with typos corrected; null when no word needed a correction. */
  corrected: TextGroup[] | null;
};

export const MAX_ALTERNATIVES = 8;
export const MAX_TERMS = 48;
const MAX_CATEGORIES = 6;
const MAX_LANGUAGES = 4;
/** The longest phrase of the list looked for in a query, in words. */
const MAX_PHRASE_WORDS = 5;
/** Shorter words are not corrected: "huur" is one letter from too many words. */
const MIN_CORRECTED_LENGTH = 5;

type Expansion = { terms: string[][]; categories: Set<string>; languages: Set<string> };

export type Lexicon = {
  /** Normalised phrase (words joined by one space, or written together) → what it also finds. */
  phrases: Map<string, Expansion>;
  /** Every known single word (normalised): names, the list, category names. */
  words: Set<string>;
  /** The one-word phrases of the list, category and language names (normalised). */
  listWords: Set<string>;
  fillers: Set<string>;
};

/**
 * The form words are compared in: lower case, no accents or other marks (also Arabic vowel
 * signs and hamza), Arabic letter variants folded. Only for looking up; SQL gets the words.
 */
export function normalizeWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي");
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu)?.map(normalizeWord) ?? [];
}

function addPhrase(phrases: Map<string, Expansion>, phrase: string, add: Partial<{ terms: string[]; categories: string[]; languages: string[] }>): void {
  const words = wordsOf(phrase);
  if (words.length === 0) return;
  for (const key of new Set([words.join(" "), words.join("")])) {
    const entry = phrases.get(key) ?? { terms: [], categories: new Set<string>(), languages: new Set<string>() };
    for (const term of add.terms ?? []) {
      const termWords = term.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
      if (termWords.length > 0 && !entry.terms.some((t) => t.join(" ") === termWords.join(" "))) entry.terms.push(termWords);
    }
    for (const c of add.categories ?? []) entry.categories.add(c);
    for (const l of add.languages ?? []) entry.languages.add(l);
    phrases.set(key, entry);
  }
}

export type CategoryName = { slug: string; name: string; nameEn: string };

/**
 * The lexicon of the list, the categories (their names from the database, CATEGORY_NAMES and
 * the translated names of the message files), the languages (LANGUAGE_NAMES and their names in
 * the six site languages) and the words of names.
 */
export function buildLexicon(categories: readonly CategoryName[], nameWords: Iterable<string> = []): Lexicon {
  const phrases = new Map<string, Expansion>();
  for (const entry of RESIDENT_WORDS) for (const say of entry.say) addPhrase(phrases, say, entry);
  const translated = translatedCategoryNames();
  for (const c of categories) {
    for (const name of [c.name, c.nameEn, ...(CATEGORY_NAMES[c.slug] ?? []), ...(translated.get(c.slug) ?? [])]) addPhrase(phrases, name, { categories: [c.slug] });
  }
  for (const [code, names] of Object.entries(LANGUAGE_NAMES)) {
    for (const name of [...names, ...languageNamesInSiteLanguages(code)]) addPhrase(phrases, name, { languages: [code] });
  }
  const words = new Set<string>();
  for (const key of phrases.keys()) for (const w of key.split(" ")) words.add(w);
  for (const w of nameWords) for (const n of wordsOf(w)) if (n.length >= 3) words.add(n);
  const listWords = new Set([...phrases.keys()].filter((key) => !key.includes(" ")));
  return { phrases, words, listWords, fillers: new Set(FILLER_WORDS.map(normalizeWord)) };
}

class GroupBuilder {
  private readonly alternatives: string[][] = [];
  private readonly categories = new Set<string>();
  private readonly languages = new Set<string>();

  constructor(literal: string[]) {
    this.alternatives.push(literal);
  }

  addTerms(terms: string[][]): void {
    for (const t of terms) {
      if (this.alternatives.length >= MAX_ALTERNATIVES) return;
      if (!this.alternatives.some((a) => a.join(" ") === t.join(" "))) this.alternatives.push(t);
    }
  }

  add(expansion: Expansion | undefined): void {
    if (!expansion) return;
    this.addTerms(expansion.terms);
    for (const c of expansion.categories) if (this.categories.size < MAX_CATEGORIES) this.categories.add(c);
    for (const l of expansion.languages) if (this.languages.size < MAX_LANGUAGES) this.languages.add(l);
  }

  build(): TextGroup {
    return { alternatives: this.alternatives.map((a) => [...a]), categories: [...this.categories], languages: [...this.languages] };
  }
}

/** Cuts alternatives (the last ones first, never a group's own words) until MAX_TERMS words remain. */
function capTerms(groups: TextGroup[]): TextGroup[] {
  const count = () => groups.reduce((n, g) => n + g.alternatives.reduce((m, a) => m + a.length, 0), 0);
  while (count() > MAX_TERMS) {
    const longest = groups.reduce((a, b) => (b.alternatives.length > a.alternatives.length ? b : a));
    if (longest.alternatives.length <= 1) break;
    longest.alternatives.pop();
  }
  return groups;
}

/**
 * The groups of `words` (searchWords of the query): phrases of the list first (longest
 * first), then words written together that the lexicon knows, then single words.
 */
export function residentGroups(words: readonly string[], lexicon: Lexicon): TextGroup[] {
  const norm = words.map(normalizeWord);
  const groups: TextGroup[] = [];
  const fillerGroups: TextGroup[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1 && taken === 0; n--) {
      const part = norm.slice(i, i + n);
      const literal = words.slice(i, i + n);
      const spaced = lexicon.phrases.get(part.join(" "));
      const joined = n > 1 ? part.join("") : null;
      const joinedKnown = joined !== null && (lexicon.phrases.has(joined) || lexicon.words.has(joined));
      // Two words that, written together and with a typo fixed, are a word of a name:
      // "shuldhulp maatje" → "schuldhulpmaatje".
      const joinedFix =
        n === 2 && joined !== null && !joinedKnown && !spaced && part[0].length >= 4 && !isKnown(part[0], lexicon)
          ? (corrections(joined, lexicon, lexicon.words, 1)[0] ?? null)
          : null;
      if (!spaced && !joinedKnown && !joinedFix && n > 1) continue;
      const group = new GroupBuilder(literal);
      if (joined !== null && joinedKnown) group.addTerms([[literal.join("")]]);
      if (joinedFix !== null) group.addTerms([[joinedFix]]);
      group.add(spaced);
      if (joined !== null) group.add(lexicon.phrases.get(joined));
      if (n === 1 && !spaced && !lexicon.fillers.has(part[0])) {
        // A word of the list with one letter wrong ("toeslagne", "huurachterstnd") is meant
        // as that word: the list is what residents type, so this guess is made at once.
        for (const fix of corrections(literal[0], lexicon, lexicon.listWords, 1)) {
          group.addTerms([[fix]]);
          group.add(lexicon.phrases.get(fix));
        }
      }
      (n === 1 && !spaced && lexicon.fillers.has(part[0]) ? fillerGroups : groups).push(group.build());
      taken = n;
    }
    i += taken;
  }
  return capTerms(groups.length > 0 ? groups : fillerGroups);
}

/**
 * Optimal string alignment distance between `word` and the best prefix of `known` whose length
 * is within two letters of the word's ("shuldhulp" is 1 from "schuldhulp", the start of
 * "schuldhulpmaatje"), and that prefix; null when more than `max` apart.
 */
export function prefixDistance(word: string, known: string, max: number): { distance: number; prefix: string } | null {
  const a = [...word];
  const b = [...known];
  if (b.length < a.length - max) return null;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return null;
    rows.push(row);
  }
  let found: { distance: number; prefix: string } | null = null;
  const last = rows[a.length];
  for (let j = Math.max(1, a.length - 2); j <= Math.min(b.length, a.length + 2); j++) {
    const d = last[j];
    // Ties: the whole known word, else the prefix closest in length to the word.
    const better = !found || d < found.distance || (d === found.distance && (j === b.length || Math.abs(j - a.length) < Math.abs(found.prefix.length - a.length)));
    if (d <= max && better) found = { distance: d, prefix: b.slice(0, j).join("") };
  }
  return found;
}

const ENDINGS = new Set(["e", "en", "er", "ers", "es", "s", "n", "ing", "ingen", "je", "jes", "tje", "tjes", "te", "ten", "de", "den", "d", "t"]);

function isKnown(word: string, lexicon: Lexicon): boolean {
  if (lexicon.phrases.has(word) || lexicon.words.has(word)) return true;
  for (const known of lexicon.words) {
    if (known.startsWith(word)) return true;
    // A known word with a Dutch ending: "toeslagen" after "toeslag" is not a typo, "toeslagne" is.
    if (known.length >= 4 && word.startsWith(known) && ENDINGS.has(word.slice(known.length))) return true;
  }
  return false;
}

/**
 * Up to two corrections of `word` from `pool` (default: every word of the lexicon), closest
 * first; [] when the word is known or nothing is close enough: one letter for words of five
 * to seven letters, two from eight.
 */
export function corrections(word: string, lexicon: Lexicon, pool: Iterable<string> = lexicon.words, maxDistance = 2): string[] {
  const w = normalizeWord(word);
  if ([...w].length < MIN_CORRECTED_LENGTH || isKnown(w, lexicon)) return [];
  const max = Math.min(maxDistance, [...w].length >= 8 ? 2 : 1);
  const found = new Map<string, number>();
  for (const known of pool) {
    if (known.length < 4) continue;
    const match = prefixDistance(w, known, max);
    if (match && match.prefix.length >= 4) found.set(match.prefix, Math.min(match.distance, found.get(match.prefix) ?? Infinity));
  }
  const best = Math.min(...found.values());
  return [...found.entries()]
    .filter(([, d]) => d === best)
    .map(([prefix]) => prefix)
    .sort((x, y) => Math.abs(x.length - w.length) - Math.abs(y.length - w.length) || x.localeCompare(y))
    .slice(0, 2);
}

/**
 * The groups for when q as typed finds nothing (search-sql.ts): typos corrected from the
 * words of names too, and (there) only the groups that match something required, so one
 * unknown word does not end the search. Null for one word without a correction.
 */
export function correctedGroups(words: readonly string[], lexicon: Lexicon): TextGroup[] | null {
  let changed = false;
  const fixed = words.map((word) => {
    const fixes = corrections(word, lexicon);
    if (fixes.length > 0) changed = true;
    return fixes;
  });
  if (!changed) return words.length > 1 ? residentGroups(words, lexicon) : null;
  // Regroup with the first correction in place of each word, so a corrected word joins its
  // phrase ("huurachterstnd" → "huurachterstand" → housing); then add the other spellings.
  const groups = residentGroups(
    words.map((w, i) => fixed[i][0] ?? w),
    lexicon,
  );
  for (const group of groups) {
    for (let i = 0; i < words.length; i++) {
      if (fixed[i].length === 0) continue;
      if (group.alternatives[0].includes(fixed[i][0])) {
        const extra = fixed[i].slice(1).map((f) => [f]);
        for (const alt of extra) {
          if (group.alternatives.length < MAX_ALTERNATIVES && !group.alternatives.some((a) => a.join(" ") === alt.join(" "))) group.alternatives.push(alt);
        }
      }
    }
  }
  return capTerms(groups);
}

export function residentQuery(words: readonly string[], lexicon: Lexicon): ResidentQuery {
  if (words.length === 0) return { groups: [], corrected: null };
  return { groups: residentGroups(words, lexicon), corrected: correctedGroups(words, lexicon) };
}
