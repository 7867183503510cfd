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

/** Below this many letters, trigram similarity is noise: "de" is "similar" to every "De …". */
export const MIN_TRIGRAM_LENGTH = 4;

/** The text compared by pg_trgm word_similarity against organisation and service names, if long enough. */
export function trigramText(words: readonly string[]): string | null {
  const text = words.join(" ");
  return text.length < MIN_TRIGRAM_LENGTH ? null : text;
}
