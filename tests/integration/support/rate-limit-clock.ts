// Shared by the rate-limit tests: client addresses from X-Forwarded-For (as behind one trusted
// reverse proxy) and a clock that stands still a second into a fresh window, so no test
// straddles two windows by chance.
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import type { RateLimit } from "@/lib/ratelimit/limits";
import { windowStartOf } from "@/lib/ratelimit/rate-limit";

/** Call at the top of a test file; returns the window's start (ms) the clock stands in. */
export function behindOneProxyInAFreshWindow(limit: RateLimit): number {
  const previousTrustProxy = process.env.TRUST_PROXY;
  beforeAll(() => {
    process.env.TRUST_PROXY = "1";
    resetEnv();
  });
  afterAll(() => {
    if (previousTrustProxy === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = previousTrustProxy;
    resetEnv();
  });
  const windowStart = windowStartOf(limit, new Date()).getTime() + 60_000;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(windowStart + 1000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  return windowStart;
}
