import "server-only";
// How every /api/hsds route answers, so the routes stay thin: parameters checked first (a
// refused one costs no query and no rate-limit write), then the rate limit (every request
// counts: HSDS answers do not go through the answer cache), then the work. A body gets a strong
// ETag (a hash of it: two instances give one answer the same tag) and If-None-Match gets a 304.
// Errors are in the API's error shape: invalid_parameter (400), not_found (404),
// rate_limited (429), server_error (500).
import { createHash } from "node:crypto";
import type { z } from "zod";
import { dutchFallbackMessages, invalidParameterBody, issuesFromZod, SERVER_ERROR_BODY } from "../search/api-errors";
import { matchesIfNoneMatch } from "../search/http-cache";
import { PUBLIC_API_LIMIT } from "../ratelimit/limits";
import { rateLimitResponse } from "../ratelimit/response";
import { requestLog } from "../log";

const CORS = { "Access-Control-Allow-Origin": "*" } as const;
/** Published data changes a few times a day; a CDN may keep it an hour, a browser five minutes. */
const CACHE_CONTROL = "public, max-age=300, s-maxage=3600";
const ERROR_HEADERS = { ...CORS, "Cache-Control": "no-store" } as const;

/** A record that is not there, or not published: the same 404, so nothing unpublished leaks. */
export class HsdsNotFound extends Error {
  constructor(readonly what: string) {
    super(`${what} not found`);
    this.name = "HsdsNotFound";
  }
}

export const NOT_FOUND_MESSAGES: Record<string, string> = {
  service: "Deze dienst staat niet (meer) op de kaart.",
  organization: "Deze organisatie staat niet (meer) op de kaart.",
  service_at_location: "Deze dienst op deze plek staat niet (meer) op de kaart.",
  taxonomy: "Deze taxonomie bestaat niet.",
  taxonomy_term: "Deze term bestaat niet.",
};

export function notFoundResponse(what: string): Response {
  return Response.json({ error: "not_found", message: NOT_FOUND_MESSAGES[what] ?? "Niet gevonden." }, { status: 404, headers: ERROR_HEADERS });
}

function jsonResponse(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 32)}"`;
  const headers = { ...CORS, "Cache-Control": CACHE_CONTROL, ETag: etag, Vary: "Accept-Encoding" };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new Response(text, { headers: { ...headers, "Content-Type": "application/json" } });
}

/** Checks `schema` against the query, counts the request, runs `work` and answers. */
export async function hsdsAnswer<S extends z.ZodType>(request: Request, schema: S, logName: string, work: (params: z.output<S>) => Promise<unknown>): Promise<Response> {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(query, { error: dutchFallbackMessages });
  if (!parsed.success) return Response.json(invalidParameterBody(issuesFromZod(parsed.error)), { status: 400, headers: ERROR_HEADERS });
  const limited = await rateLimitResponse(request, PUBLIC_API_LIMIT, CORS);
  if (limited) return limited;
  try {
    return jsonResponse(request, await work(parsed.data));
  } catch (error) {
    if (error instanceof HsdsNotFound) return notFoundResponse(error.what);
    (await requestLog()).error(`${logName} failed`, { error });
    return Response.json(SERVER_ERROR_BODY, { status: 500, headers: ERROR_HEADERS });
  }
}
