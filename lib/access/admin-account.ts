// The first real administrator, made from the server's terminal (`npm run admin:create`), so
// a deployment never needs an account with a known password. The account gets no password:
// the printed link (the password-reset link: one use, only its hash stored) lets its owner
// choose one. Running it again for the same address promotes and re-enables that account and
// voids its earlier links.
import { z } from "zod";
import type { Db } from "../db";
import { UserError } from "../errors";
import { normalizeEmail } from "../auth/sign-in";
import { expiresIn, newToken } from "../auth/tokens";

export const ADMIN_LINK_HOURS = 24;

export type AdminLink = { email: string; created: boolean; link: string; expiresAt: Date };

export async function createAdminWithLink(db: Db, input: { email: string; baseUrl: string }, now = new Date()): Promise<AdminLink> {
  const email = normalizeEmail(input.email);
  if (!z.email().safeParse(email).success) throw new UserError(`"${input.email}" is geen e-mailadres. Gebruik: npm run admin:create -- <e-mailadres>`);
  const { token, tokenHash } = newToken();
  const created = await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email }, select: { id: true } });
    const user = existing
      ? await tx.user.update({ where: { id: existing.id }, data: { role: "ADMIN", disabledAt: null }, select: { id: true } })
      : await tx.user.create({ data: { email, role: "ADMIN", emailVerified: null }, select: { id: true } });
    // Only the newest link works.
    await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
    await tx.passwordResetToken.create({ data: { tokenHash, userId: user.id, expiresAt: expiresIn({ hours: ADMIN_LINK_HOURS }, now), createdAt: now } });
    return !existing;
  });
  return { email, created, link: new URL(`/beheer/wachtwoord/${token}`, input.baseUrl).toString(), expiresAt: expiresIn({ hours: ADMIN_LINK_HOURS }, now) };
}
