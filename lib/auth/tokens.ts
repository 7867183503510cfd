// One-time tokens for invitations and password resets: the link carries the token, the
// database only its SHA-256, so a leaked database backup cannot be used to sign in.
import { createHash, randomBytes } from "node:crypto";

export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export const INVITATION_DAYS = 14;
export const PASSWORD_RESET_HOURS = 2;

export function expiresIn({ days = 0, hours = 0 }: { days?: number; hours?: number }, now = new Date()): Date {
  return new Date(now.getTime() + (days * 24 + hours) * 3600_000);
}
