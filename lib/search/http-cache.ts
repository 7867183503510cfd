// HTTP caching of public answers (issue 10, point 2): a strong ETag (a hash of the body, so
// two instances give one answer the same tag), If-None-Match → 304 without a body, and a
// Cache-Control that browsers and a CDN can follow without ever showing an open state after
// the minute it changes.
import type { Answer } from "./answer-cache";
import { BUSY_RETRY_AFTER_SECONDS } from "./search-limit";

/** Longest a browser or CDN keeps an answer: a publish shows within this many seconds. */
export const MAX_AGE_SECONDS = 60;
/** How long a CDN may serve an expired answer while it fetches a new one. */
export const STALE_WHILE_REVALIDATE_SECONDS = 30;

/** Open data: any site may call the API from the browser. */
export const SHARED_HEADERS = { "Access-Control-Allow-Origin": "*", Vary: "Accept-Encoding" } as const;
/** Errors are not cached: a wijk added a moment ago must not stay "unknown" in a CDN. */
export const ERROR_HEADERS = { ...SHARED_HEADERS, "Cache-Control": "no-store" } as const;

/**
 * max-age and s-maxage up to MAX_AGE_SECONDS, never past validUntil (the next opening or
 * closing in the answer). stale-while-revalidate only where serving stale cannot reach past
 * validUntil either.
 */
export function cacheControlFor(now: Date, validUntil: Date | null): string {
  const left = validUntil === null ? Infinity : Math.max(0, Math.floor((validUntil.getTime() - now.getTime()) / 1000));
  const maxAge = Math.min(MAX_AGE_SECONDS, left);
  const stale = Math.min(STALE_WHILE_REVALIDATE_SECONDS, left - maxAge);
  const parts = ["public", `max-age=${maxAge}`, `s-maxage=${maxAge}`];
  if (stale > 0) parts.push(`stale-while-revalidate=${stale}`);
  return parts.join(", ");
}

/** If-None-Match against a strong tag: weak comparison, as RFC 9110 §13.1.2 asks for this header. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === opaque);
}

export type RenderedAnswer<T> = {
  /** Names the rendering: answers keep one body per name. */
  name: string;
  contentType: string;
  render: (value: T) => string;
};

/** 200 with the rendered body, or 304 when the client already has it. */
export function answerResponse<T>(request: Request, answer: Answer<T>, rendering: RenderedAnswer<T>, now: Date): Response {
  const { body, etag } = answer.rendered(rendering.name, rendering.render);
  const headers = {
    ...SHARED_HEADERS,
    "Cache-Control": cacheControlFor(now, answer.validUntil),
    ETag: etag,
    // For benchmarks and operators: whether this instance computed the answer for this request.
    "X-Answer-Cache": answer.version === null ? "off" : answer.fromCache ? "hit" : "miss",
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers: { ...headers, "Content-Type": rendering.contentType } });
}

export type BusyBody = { error: "busy"; message: string; retry_after: number };

export const BUSY_BODY: BusyBody = {
  error: "busy",
  message: `Het is nu te druk om te zoeken. Probeer het over ${BUSY_RETRY_AFTER_SECONDS} seconden opnieuw.`,
  retry_after: BUSY_RETRY_AFTER_SECONDS,
};

/** 503 with Retry-After: too many searches at once in this instance (search-limit.ts). */
export function busyResponse(): Response {
  return Response.json(BUSY_BODY, {
    status: 503,
    headers: { ...ERROR_HEADERS, "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) },
  });
}
