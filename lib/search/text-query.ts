// Turns what a resident types into the inputs of the SQL search. The words only ever reach
// PostgreSQL as bound values, and the tsquery is assembled in SQL *after* unaccenting, because
// unaccent itself can produce tsquery syntax ("ʹ" becomes "'", "ː" becomes ":").
import { Prisma } from "../generated/prisma/client";

/** More words than this add nothing to a search for help, and each one is an AND term. */
export const MAX_SEARCH_WORDS = 8;
/** Longer "words" are pasted noise; trimming keeps the tsquery and trigram work bounded. */
export const MAX_WORD_LENGTH = 40;

/** Lower-case words (letters, marks and digits) of the text, in order, without duplicates. */
export function searchWords(text: string): string[] {
  // NFC first so "cafe\u0301" (decomposed é) stays one word instead of "cafe" + a stray mark.
  const words = text.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  return [...new Set(words.map((word) => word.slice(0, MAX_WORD_LENGTH)))].slice(0, MAX_SEARCH_WORDS);
}

/**
 * SQL for the prefix tsquery of `words`: each word unaccented, quoted as one tsquery operand
 * (quotes and backslashes escaped, so whatever unaccent returns stays text), marked as a prefix
 * and AND-ed: to_tsquery('dutch', '''schulden'':* & ''hulp'':*') = 'schuld':* & 'hulp':*.
 * PostgreSQL stems a prefix operand too, so "schulden" also finds "schuldhulp". NULL when no
 * word is left; words of stop words only drop out (with a notice), as in any to_tsquery.
 */
export function prefixTsquery(words: readonly string[]): Prisma.Sql {
  // chr(39) is ', chr(92) is \: spelled out to keep the escaping readable.
  return Prisma.sql`(
    SELECT to_tsquery('dutch', string_agg(
      chr(39) || replace(replace(u, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39)) || chr(39) || ':*', ' & ' ORDER BY n))
    FROM (SELECT immutable_unaccent(w) AS u, n FROM unnest(${[...words]}::text[]) WITH ORDINALITY AS t(w, n)) AS unaccented
    WHERE u <> '')`;
}

/**
 * SQL for the text of a group's prefix tsquery, before to_tsquery: its alternatives OR-ed,
 * each alternative's words AND-ed, every word unaccented, quoted and marked as a prefix as in
 * prefixTsquery: [["geen", "geld"], ["voedsel"]] → ('geen':* & 'geld':*) | ('voedsel':*).
 * The words and their alternative numbers are two bound arrays. NULL when no word is left.
 */
export function groupTsqueryText(alternatives: readonly (readonly string[])[]): Prisma.Sql {
  const words = alternatives.flat();
  const numbers = alternatives.flatMap((a, i) => a.map(() => i));
  return Prisma.sql`(
    SELECT string_agg('(' || a || ')', ' | ' ORDER BY alt) FROM (
      SELECT alt, string_agg(chr(39) || replace(replace(u, chr(92), chr(92) || chr(92)), chr(39), chr(39) || chr(39)) || chr(39) || ':*', ' & ' ORDER BY n) AS a
      FROM (SELECT immutable_unaccent(w) AS u, alt, n FROM unnest(${words}::text[], ${numbers}::int[]) WITH ORDINALITY AS t(w, alt, n)) AS unaccented
      WHERE u <> '' GROUP BY alt) AS alternatives)`;
}

/** Below this many letters, trigram similarity is noise: "de" is "similar" to every "De …". */
export const MIN_TRIGRAM_LENGTH = 4;

/** The text compared by pg_trgm word_similarity against organisation and service names, if long enough. */
export function trigramText(words: readonly string[]): string | null {
  const text = words.join(" ");
  return text.length < MIN_TRIGRAM_LENGTH ? null : text;
}
