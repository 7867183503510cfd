// Throttling on counted events in the database, so that it holds across server processes and
// restarts. Keys are keyed hashes (see secret.ts); rows older than a day are cleared as we go.
import type { Db } from "../db";
import { keyedHash } from "./secret";

type Executor = Pick<Db, "rateLimitEvent">;

export type Limit = { bucket: string; max: number; windowMinutes: number };

// Sign-in failures have their own rules: login-throttle.ts.
export const PUBLIC_REPORTS_PER_IP: Limit = { bucket: "report-ip", max: 5, windowMinutes: 60 };
export const SIGNUPS_PER_IP: Limit = { bucket: "signup-ip", max: 5, windowMinutes: 60 };
export const RESET_REQUESTS_PER_IP: Limit = { bucket: "reset-ip", max: 5, windowMinutes: 60 };

function since(limit: Limit, now: Date): Date {
  return new Date(now.getTime() - limit.windowMinutes * 60_000);
}

export async function isLimited(db: Executor, limit: Limit, value: string, now = new Date()): Promise<boolean> {
  const count = await db.rateLimitEvent.count({
    where: { bucket: limit.bucket, key: keyedHash(value), createdAt: { gte: since(limit, now) } },
  });
  return count >= limit.max;
}

export async function recordEvent(db: Executor, limit: Limit, value: string, now = new Date()): Promise<void> {
  await db.rateLimitEvent.create({ data: { bucket: limit.bucket, key: keyedHash(value), createdAt: now } });
  await db.rateLimitEvent.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
}

export async function clearEvents(db: Executor, limit: Limit, value: string): Promise<void> {
  await db.rateLimitEvent.deleteMany({ where: { bucket: limit.bucket, key: keyedHash(value) } });
}
