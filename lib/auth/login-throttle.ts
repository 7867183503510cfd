// Sign-in throttling that slows a guesser down without locking the real owner out (ADR 0007).
// Failures are counted per account + address: after FREE_FAILURES the pair waits 1 s, 2 s,
// 4 s … (at most 15 min) after each failure, and a success from that address clears them.
// Failures from one address never hold up the same account at another address. Two wider
// limits stop guessing across many accounts or from many addresses, and neither can keep the
// owner with the right password out from an address of their own:
// - per address, across accounts (one address trying many accounts);
// - per account, across addresses, only for addresses that themselves failed for it lately.
// Counted in the database (RateLimitEvent) so every process and instance sees the same; keys
// are keyed hashes, so no e-mail or address is stored.
//
// Concurrency: an attempt is counted as a failure BEFORE its password is checked
// (beginLoginAttempt), under a per-pair advisory lock, and the rows are taken back on success.
// Otherwise a burst of parallel requests sent the moment a wait ends would all read the same
// count and all reach argon2. The lock is held only for the count and the insert, never during
// argon2, and it is only tried: a second attempt for the same pair at the same moment is told to
// wait instead of queueing with a pooled connection in hand.
import type { Db } from "../db";
import { keyedHash } from "./secret";

type Executor = Pick<Db, "rateLimitEvent">;

export const FREE_FAILURES = 5;
export const MAX_DELAY_SECONDS = 15 * 60;
const PAIR = "login-pair";
/** One address trying many accounts. */
export const ADDRESS_LIMIT = { bucket: "login-ip", max: 30, windowMinutes: 15 };
/** Many addresses trying one account: refuses only addresses that failed for it themselves. */
export const ACCOUNT_LIMIT = { bucket: "login-account", max: 100, windowMinutes: 15 };
/** Pair failures are kept this long (older rows are cleared by finishLoginAttempt). */
const KEEP_MS = 24 * 3600_000;

export type Throttle = { throttled: false } | { throttled: true; retryAfterSeconds: number };

/** The wait after the n-th failure in a row of one account + address. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES));
}

// The account's hash first, so every address of one account can be cleared by prefix.
function pairKey(email: string, ip: string): string {
  return `${keyedHash(email)}.${keyedHash(ip)}`;
}

function minutesBefore(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000);
}

export async function loginThrottle(db: Executor, email: string, ip: string, now = new Date()): Promise<Throttle> {
  const pair = await db.rateLimitEvent.aggregate({
    where: { bucket: PAIR, key: pairKey(email, ip), createdAt: { gte: new Date(now.getTime() - KEEP_MS), lte: now } },
    _count: true,
    _max: { createdAt: true },
  });
  const failures = pair._count;
  const last = pair._max.createdAt;
  if (last && failures >= FREE_FAILURES) {
    const until = last.getTime() + delayAfterFailures(failures) * 1000;
    if (now.getTime() < until) return { throttled: true, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
  }
  const addressFailures = await db.rateLimitEvent.count({
    where: { bucket: ADDRESS_LIMIT.bucket, key: keyedHash(ip), createdAt: { gte: minutesBefore(now, ADDRESS_LIMIT.windowMinutes), lte: now } },
  });
  if (addressFailures >= ADDRESS_LIMIT.max) return { throttled: true, retryAfterSeconds: ADDRESS_LIMIT.windowMinutes * 60 };
  const recentPairFailure = last !== null && last >= minutesBefore(now, ACCOUNT_LIMIT.windowMinutes);
  if (recentPairFailure) {
    const accountFailures = await db.rateLimitEvent.count({
      where: { bucket: ACCOUNT_LIMIT.bucket, key: keyedHash(email), createdAt: { gte: minutesBefore(now, ACCOUNT_LIMIT.windowMinutes), lte: now } },
    });
    if (accountFailures >= ACCOUNT_LIMIT.max) return { throttled: true, retryAfterSeconds: ACCOUNT_LIMIT.windowMinutes * 60 };
  }
  return { throttled: false };
}

/** An attempt that may go on to the password check: its failure rows are already written. */
export type LoginAttempt = { email: string; ip: string; rowIds: string[] };

export type AttemptStart = { throttled: true; retryAfterSeconds: number } | { throttled: false; attempt: LoginAttempt };

/**
 * Checks the limits and, when the attempt may go on, records it as a failure at once — both in
 * one short transaction holding this pair's advisory lock, so parallel attempts of one pair are
 * counted one after the other. finishLoginAttempt takes the rows back when the password was right.
 */
export async function beginLoginAttempt(db: Db, email: string, ip: string, now = new Date()): Promise<AttemptStart> {
  const key = pairKey(email, ip);
  return db.$transaction(async (tx) => {
    const [{ locked }] = await tx.$queryRaw<Array<{ locked: boolean }>>`SELECT pg_try_advisory_xact_lock(hashtext(${key})) AS locked`;
    // Another attempt of this pair is being counted right now: this one waits, without a connection.
    if (!locked) return { throttled: true, retryAfterSeconds: 1 };
    const throttle = await loginThrottle(tx, email, ip, now);
    if (throttle.throttled) return throttle;
    const rows = await tx.rateLimitEvent.createManyAndReturn({
      data: [
        { bucket: PAIR, key, createdAt: now },
        { bucket: ADDRESS_LIMIT.bucket, key: keyedHash(ip), createdAt: now },
        { bucket: ACCOUNT_LIMIT.bucket, key: keyedHash(email), createdAt: now },
      ],
      select: { id: true },
    });
    return { throttled: false, attempt: { email, ip, rowIds: rows.map((row) => row.id) } };
  });
}

/** After the password check: a failure keeps its rows; a success clears this pair's row of failures. */
export async function finishLoginAttempt(db: Executor, attempt: LoginAttempt, succeeded: boolean, now = new Date()): Promise<void> {
  if (succeeded) {
    await db.rateLimitEvent.deleteMany({ where: { id: { in: attempt.rowIds } } });
    await clearLoginFailures(db, attempt.email, attempt.ip);
    return;
  }
  await db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_MS) } } });
}

/** A success from this address: its row of failures for this account starts again. */
export async function clearLoginFailures(db: Executor, email: string, ip: string): Promise<void> {
  await db.rateLimitEvent.deleteMany({ where: { bucket: PAIR, key: pairKey(email, ip) } });
}

/** A new password (reset link): every address's failures for this account are forgiven. */
export async function clearAccountLoginFailures(db: Executor, email: string): Promise<void> {
  await db.rateLimitEvent.deleteMany({ where: { bucket: PAIR, key: { startsWith: `${keyedHash(email)}.` } } });
  await db.rateLimitEvent.deleteMany({ where: { bucket: ACCOUNT_LIMIT.bucket, key: keyedHash(email) } });
}
