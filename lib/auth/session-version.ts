// Ending every session of an account at once. Sessions are JWT cookies, which the server
// cannot take back; instead each carries the account's `sessionVersion` from when it was made,
// and a session whose number is no longer the account's counts as signed out (session.ts,
// options.ts). Signing out and setting a new password raise the number.
import type { Db } from "../db";

type Executor = Pick<Db, "user">;

export async function currentSessionVersion(db: Executor, userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/** Ends every session of the account, on every device. */
export async function endAllSessions(db: Executor, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Signing out with a session: ends all of that account's sessions, if this one was still
 * valid (an already ended session changes nothing).
 */
export async function endSessionsFrom(db: Executor, userId: string, version: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion: version }, data: { sessionVersion: { increment: 1 } } });
}
