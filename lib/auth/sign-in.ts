// Checks an e-mail and password, with throttling (login-throttle.ts, ADR 0007): a guesser is
// slowed down per account + address; the owner at another address is never held up by them.
// Returns why it failed so the sign-in form can say so; it never tells whether an account
// exists, and while throttled the password is not even checked.
import type { Db } from "../db";
import { clearLoginFailures, loginThrottle, recordLoginFailure } from "./login-throttle";
import { verifyPassword } from "./password";

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function checkPassword(db: Db, input: { email: string; password: string; ip: string }, now = new Date()): Promise<SignInResult> {
  const email = normalizeEmail(input.email);
  const throttle = await loginThrottle(db, email, input.ip, now);
  if (throttle.throttled) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash, input.password);
  if (!user || !valid || user.disabledAt) {
    await recordLoginFailure(db, email, input.ip, now);
    return { ok: false, reason: "invalid" };
  }
  await clearLoginFailures(db, email, input.ip);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
