// Client for the PDOK Locatieserver v3.1 (free Dutch geocoder, no key). Every way PDOK can
// fail ends in PdokUnavailableError, so the map can say "Adres zoeken lukt nu niet" and keep
// its other filters working instead of breaking the page.
import { z } from "zod";
import type { LatLng } from "./distance";
import { normaliseAddressQuery } from "./postcode";

/** Production base URL; the app passes env PDOK_LOCATIESERVER_URL, tests a local stub. */
export const PDOK_LOCATIESERVER_URL = "https://api.pdok.nl/bzk/locatieserver/search/v3_1";
/** Long enough for a slow day at PDOK, short enough that a person is still waiting. */
export const PDOK_TIMEOUT_MS = 4000;
const MUNICIPALITY = "Utrecht";
const SUGGEST_TYPES = ["adres", "postcode", "weg"] as const;
// Only what an address result needs: full BAG records are several times larger.
const ADDRESS_FIELDS = "id,type,weergavenaam,centroide_ll,postcode,buurtcode,buurtnaam,wijkcode,wijknaam";

export type PdokOptions = {
  /** Required on purpose: nothing in tests can reach the real PDOK by accident. */
  baseUrl: string;
  fetchImpl?: typeof fetch;
  /** The caller's own cancellation (a newer keystroke); it is rethrown as is, not as PdokUnavailableError. */
  signal?: AbortSignal;
  timeoutMs?: number;
};
export type PdokSuggestOptions = PdokOptions & { rows?: number };

export type PdokSuggestion = { id: string; type: (typeof SUGGEST_TYPES)[number]; label: string };
export type PdokAddress = {
  label: string;
  lat: number;
  lng: number;
  postcode?: string;
  buurtCode?: string;
  wijkCode?: string;
  buurtName?: string;
  wijkName?: string;
};

export type PdokFailure = "timeout" | "network" | "http" | "malformed";

export class PdokUnavailableError extends Error {
  override name = "PdokUnavailableError";
  /** The HTTP status when PDOK answered with an error. */
  readonly status: number | undefined;
  constructor(
    readonly reason: PdokFailure,
    message: string,
    options: { status?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status;
  }
}

/** The query itself is unusable; a caller's bug or user input to refuse, not a PDOK outage. */
export class PdokQueryError extends RangeError {
  override name = "PdokQueryError";
}

export const pdokQuerySchema = z.string().trim().min(2).max(100);
const pdokIdSchema = z.string().trim().regex(/^[a-z]{2,5}-[0-9a-z]{1,64}$/i);
const rowsSchema = z.number().int().min(1).max(50);

const WKT_POINT = /^\s*POINT\s*\(\s*(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*\)\s*$/i;

/** "POINT(5.1789 52.0856)" → { lat: 52.0856, lng: 5.1789 }. WKT puts longitude first. */
export function parseWktPoint(wkt: string): LatLng | null {
  const match = WKT_POINT.exec(wkt);
  if (!match) return null;
  const lng = Number(match[1]);
  const lat = Number(match[2]);
  if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return null;
  return { lat, lng };
}

const solr = <T extends z.ZodType>(doc: T) =>
  z.object({ response: z.object({ numFound: z.number(), docs: z.array(doc) }) });

const suggestResponse = solr(z.object({ id: z.string().min(1), type: z.string(), weergavenaam: z.string() }));

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || undefined);

const addressResponse = solr(
  z.object({
    weergavenaam: z.string(),
    centroide_ll: z.string().transform((wkt, ctx) => {
      const point = parseWktPoint(wkt);
      if (!point) ctx.addIssue({ code: "custom", message: `geen WKT-punt: ${wkt}` });
      return point ?? { lat: NaN, lng: NaN };
    }),
    postcode: optionalText,
    buurtcode: optionalText,
    buurtnaam: optionalText,
    wijkcode: optionalText,
    wijknaam: optionalText,
  }),
);

function validQuery(q: string): string {
  const result = pdokQuerySchema.safeParse(q);
  if (!result.success) throw new PdokQueryError("Zoekopdracht moet 2 tot 100 tekens lang zijn");
  return normaliseAddressQuery(result.data);
}

function endpoint(baseUrl: string, path: string, params: [string, string][]): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/${path}`);
  for (const [key, value] of params) url.searchParams.append(key, value);
  return url;
}

async function getJson(url: URL, options: PdokOptions): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? PDOK_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const fetchImpl = options.fetchImpl ?? fetch;
  try {
    const response = await fetchImpl(url, { signal, headers: { accept: "application/json" } });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new PdokUnavailableError("http", `PDOK antwoordde ${response.status}`, { status: response.status });
    }
    // Read inside the try: a server can send its headers and then stall on the body.
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch (cause) {
      throw new PdokUnavailableError("malformed", "PDOK gaf geen JSON terug", { cause });
    }
  } catch (error) {
    if (error instanceof PdokUnavailableError) throw error;
    if (options.signal?.aborted) throw options.signal.reason;
    if (timeout.aborted) {
      throw new PdokUnavailableError("timeout", `PDOK antwoordde niet binnen ${timeoutMs} ms`, { cause: error });
    }
    throw new PdokUnavailableError("network", "PDOK is niet bereikbaar", { cause: error });
  }
}

function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new PdokUnavailableError("malformed", `Onverwacht antwoord van PDOK: ${z.prettifyError(result.error)}`, {
      cause: result.error,
    });
  }
  return result.data;
}

function toAddress(doc: z.output<typeof addressResponse>["response"]["docs"][number]): PdokAddress {
  const address: PdokAddress = { label: doc.weergavenaam, lat: doc.centroide_ll.lat, lng: doc.centroide_ll.lng };
  if (doc.postcode) address.postcode = doc.postcode;
  if (doc.buurtcode) address.buurtCode = doc.buurtcode;
  if (doc.wijkcode) address.wijkCode = doc.wijkcode;
  if (doc.buurtnaam) address.buurtName = doc.buurtnaam;
  if (doc.wijknaam) address.wijkName = doc.wijknaam;
  return address;
}

const isSuggestType = (type: string): type is PdokSuggestion["type"] =>
  (SUGGEST_TYPES as readonly string[]).includes(type);

/** Autocomplete: addresses, postcodes and streets in Utrecht matching what was typed so far. */
export async function suggest(q: string, options: PdokSuggestOptions): Promise<PdokSuggestion[]> {
  const query = validQuery(q);
  const rows = rowsSchema.safeParse(options.rows ?? 5);
  if (!rows.success) throw new PdokQueryError("rows moet tussen 1 en 50 liggen");
  const url = endpoint(options.baseUrl, "suggest", [
    ["q", query],
    ["fq", `gemeentenaam:${MUNICIPALITY}`],
    ["fq", `type:(${SUGGEST_TYPES.join(" OR ")})`],
    ["rows", String(rows.data)],
  ]);
  const body = parseBody(suggestResponse, await getJson(url, options));
  // The fq above already asks for these types; the filter keeps the promised type honest.
  return body.response.docs.flatMap((doc) =>
    isSuggestType(doc.type) ? [{ id: doc.id, type: doc.type, label: doc.weergavenaam }] : [],
  );
}

/** The full record of a suggestion the person picked; null when PDOK no longer knows the id. */
export async function lookup(id: string, options: PdokOptions): Promise<PdokAddress | null> {
  const parsed = pdokIdSchema.safeParse(id);
  if (!parsed.success) throw new PdokQueryError("Geen geldig PDOK-id");
  const url = endpoint(options.baseUrl, "lookup", [
    ["id", parsed.data],
    ["fl", ADDRESS_FIELDS],
  ]);
  const [doc] = parseBody(addressResponse, await getJson(url, options)).response.docs;
  return doc ? toAddress(doc) : null;
}

/** One-shot geocoding of free text (an address or "3584CJ 101") in Utrecht; null when nothing matches. */
export async function geocode(q: string, options: PdokOptions): Promise<PdokAddress | null> {
  const url = endpoint(options.baseUrl, "free", [
    ["q", validQuery(q)],
    ["fq", `gemeentenaam:${MUNICIPALITY}`],
    ["rows", "1"],
    ["fl", ADDRESS_FIELDS],
  ]);
  const [doc] = parseBody(addressResponse, await getJson(url, options)).response.docs;
  return doc ? toAddress(doc) : null;
}
