import "server-only";
// The route side of the rate limits: count the request of the caller's address and, over the
// limit, answer 429 with Retry-After and a JSON body in the API's error shape. Search and map
// points count only when they start a computation: admitUnder is the answer cache's admission
// (lib/search/answer-cache.ts), refusing with RateLimitedError, which the handlers answer with
// rateLimitedResponse. The HSDS export counts every request (rateLimitResponse).
import { clientIp } from "../auth/client-ip";
import { hitRateLimit } from "./rate-limit";
import type { RateLimit } from "./limits";
import { requestLog } from "../log";

export type RateLimitedBody = { error: "rate_limited"; message: string; retry_after: number };

export function rateLimitedBody(retryAfterSeconds: number): RateLimitedBody {
  return {
    error: "rate_limited",
    message: `Te veel verzoeken vanaf dit adres. Probeer het over ${retryAfterSeconds} seconden opnieuw.`,
    retry_after: retryAfterSeconds,
  };
}

/**
 * Counts one request of `clientAddress`: null when it may go ahead, otherwise the seconds until
 * it may try again. When the database cannot count (it is down), the request goes ahead: the
 * limit protects the service, it must not be what takes it down.
 */
export async function retryAfterIfLimited(limit: RateLimit, clientAddress: string): Promise<number | null> {
  let outcome;
  try {
    outcome = await hitRateLimit(limit, clientAddress);
  } catch (error) {
    (await requestLog()).error("Rate limit could not be counted", { bucket: limit.bucket, error });
    return null;
  }
  return outcome.allowed ? null : outcome.retryAfterSeconds;
}

/** The 429 with Retry-After and the API's error body. */
export function rateLimitedResponse(retryAfterSeconds: number, headers: Record<string, string> = {}): Response {
  return Response.json(rateLimitedBody(retryAfterSeconds), {
    status: 429,
    headers: { ...headers, "Cache-Control": "no-store", "Retry-After": String(retryAfterSeconds) },
  });
}

/** A request refused by a rate limit, thrown by an admission (admitUnder). */
export class RateLimitedError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Rate limited: retry after ${retryAfterSeconds} s`);
    this.name = "RateLimitedError";
  }
}

/**
 * An admission for the answer cache: counts one request of the caller's address against
 * `limit` when it is about to start a computation, and throws RateLimitedError over the limit.
 */
export function admitUnder(limit: RateLimit, request: Request): () => Promise<void> {
  return async () => {
    const retryAfter = await retryAfterIfLimited(limit, clientIp(request.headers));
    if (retryAfter !== null) throw new RateLimitedError(retryAfter);
  };
}

/** Null when the request may go ahead, otherwise the 429 to send. */
export async function rateLimitResponse(request: Request, limit: RateLimit, headers: Record<string, string> = {}): Promise<Response | null> {
  const retryAfter = await retryAfterIfLimited(limit, clientIp(request.headers));
  return retryAfter === null ? null : rateLimitedResponse(retryAfter, headers);
}
