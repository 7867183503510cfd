// Dutch postcodes: four digits (no leading zero) and two letters; SA, SD and SS are never
// issued. People type them as "3584 CJ", "3584cj" or "3584CJ101".

export type PostcodeQuery = { postcode: string; houseNumber?: number; addition?: string };

const POSTCODE_QUERY = /^([1-9]\d{3})\s*([a-z]{2})(?:[\s,]*(\d{1,5})(?:\s*-?\s*([a-z0-9]{1,4}))?)?$/i;
const NEVER_ISSUED = new Set(["SA", "SD", "SS"]);

/** "3584 cj 101-a" → { postcode: "3584CJ", houseNumber: 101, addition: "A" }; anything else → null. */
export function parsePostcodeQuery(input: string): PostcodeQuery | null {
  const match = POSTCODE_QUERY.exec(input.trim());
  if (!match) return null;
  const [, digits, letters, number, addition] = match;
  const upper = letters.toUpperCase();
  if (NEVER_ISSUED.has(upper)) return null;
  const result: PostcodeQuery = { postcode: `${digits}${upper}` };
  if (number !== undefined) result.houseNumber = Number(number);
  if (addition !== undefined) result.addition = addition.toUpperCase();
  return result;
}

export function isDutchPostcode(input: string): boolean {
  const parsed = parsePostcodeQuery(input);
  return parsed !== null && parsed.houseNumber === undefined;
}

/**
 * Writes a postcode query the way PDOK's records spell it ("3584CJ 101"), so the postcode
 * is one search token as in the record rather than "3584" and "cj" apart. Other queries
 * only get their whitespace tidied.
 */
export function normaliseAddressQuery(input: string): string {
  const parsed = parsePostcodeQuery(input);
  if (!parsed) return input.trim().replace(/\s+/g, " ");
  return [parsed.postcode, parsed.houseNumber, parsed.addition].filter((part) => part !== undefined).join(" ");
}
