// Checks an e-mail and password, with throttling (login-throttle.ts, ADR 0007): a guesser is
// slowed down per account + address; the owner at another address is never held up by them.
// Returns why it failed so the sign-in form can say so; it never tells whether an account
// exists, and while throttled the password is not even checked.
import type { Db } from "../db";
import { beginLoginAttempt, finishLoginAttempt } from "./login-throttle";
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
  // Counted as a failure before the password is checked (login-throttle.ts), so parallel
  // attempts cannot all slip through the same gap; argon2 runs outside the transaction.
  const start = await beginLoginAttempt(db, email, input.ip, now);
  if (start.throttled) return { ok: false, reason: "throttled", retryAfterSeconds: start.retryAfterSeconds };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash, input.password);
  const succeeded = Boolean(user && valid && !user.disabledAt);
  await finishLoginAttempt(db, start.attempt, succeeded, now);
  if (!user || !succeeded) return { ok: false, reason: "invalid" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
