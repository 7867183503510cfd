// Reads the map page's URL into the search contract. A link can be old, hand-edited or cut
// off; the page must then still show help, so a bad parameter is dropped (and named to the
// visitor) instead of failing the whole page.
import { searchParamsInput, searchParamsSchema, type SearchParams } from "@/lib/search/schemas";

/**
 * One page of the list. Each result costs the HTML about 3.5 kB (its markup, and again as
 * Server Components data); ten of them and the filter form keep the page within its 100 kB
 * budget (tests/e2e/home-weight.spec.ts). The map shows every match regardless
 * (lib/search-ui/map-features.ts).
 */
export const PER_PAGE = 10;

export { ADDRESS_PARAM } from "./address-param";

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** Next.js hands the page a plain object; the schema reads URLSearchParams. */
export function toUrlSearchParams(raw: RawSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item);
  }
  return params;
}

export type PageParams = {
  params: SearchParams;
  /** Parameters left out because the schema refused them. */
  ignored: string[];
  /** The query the params were read from, without empty fields and ignored parameters. */
  query: URLSearchParams;
};

// The page, not the URL, decides these: all results on one page, as JSON.
const PAGE_OWNED = ["per_page", "format"];

/**
 * Leniency the API does not need but a form does: without JavaScript a GET form sends every
 * field, empty ones too, and the time field even when no day was chosen.
 */
function withoutFormNoise(query: URLSearchParams): URLSearchParams {
  const cleaned = new URLSearchParams();
  for (const [key, value] of query) if (value.trim() !== "" && !PAGE_OWNED.includes(key)) cleaned.append(key, value);
  const open = cleaned.get("open");
  if (!open || open === "now") cleaned.delete("at");
  return cleaned;
}

export function parsePageParams(query: URLSearchParams): PageParams {
  const cleaned = withoutFormNoise(query);
  const input: Record<string, unknown> = searchParamsInput(cleaned);
  const ignored: string[] = [];
  // Each round drops the parameters the schema refused; a handful of rounds is plenty, the
  // bound only guards against a schema that keeps refusing the empty input.
  for (let round = 0; round < 10; round++) {
    const result = searchParamsSchema.safeParse({ ...input, per_page: PER_PAGE, format: "json" });
    if (result.success) return { params: result.data, ignored, query: queryWithout(cleaned, ignored) };
    const keys = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")).filter((key) => key in input));
    if (keys.size === 0) break;
    for (const key of keys) {
      delete input[key];
      ignored.push(key);
    }
  }
  const all = Object.keys(input).concat(ignored);
  return { params: searchParamsSchema.parse({ per_page: PER_PAGE, format: "json" }), ignored: all, query: queryWithout(cleaned, all) };
}

export function queryWithout(query: URLSearchParams, keys: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(query);
  for (const key of keys) next.delete(key);
  return next;
}
