// Checks an e-mail and password, with throttling: 10 failures within 15 minutes per account
// or per IP address lock further attempts for that window. Returns why it failed so the
// sign-in form can say so; it never tells whether an account exists.
import type { Db } from "../db";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP, clearEvents, isLimited, recordEvent } from "./rate-limit";
import { verifyPassword } from "./password";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" | "throttled" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function checkPassword(db: Db, input: { email: string; password: string; ip: string }, now = new Date()): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  if ((await isLimited(db, LOGIN_FAILURES_PER_ACCOUNT, email, now)) || (await isLimited(db, LOGIN_FAILURES_PER_IP, input.ip, now))) {
    return { ok: false, reason: "throttled" };
  }
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid || user.disabledAt) {
    await recordEvent(db, LOGIN_FAILURES_PER_ACCOUNT, email, now);
    await recordEvent(db, LOGIN_FAILURES_PER_IP, input.ip, now);
    return { ok: false, reason: "invalid" };
  }
  await clearEvents(db, LOGIN_FAILURES_PER_ACCOUNT, email);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
