// One secret signs sessions and keys the hashes used for throttling. Production needs
// NEXTAUTH_SECRET (scripts/run-with-db.ts writes one to .data/ on first start); tests and
// development fall back to a fixed value so that nothing has to be configured.
import { createHmac } from "node:crypto";
import { env } from "../env";

const DEVELOPMENT_SECRET = "development-only-secret-do-not-use-in-production-0000";

export function authSecret(): string {
  const { NEXTAUTH_SECRET, NODE_ENV } = env();
  if (NEXTAUTH_SECRET) return NEXTAUTH_SECRET;
  if (NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET ontbreekt. Start de app met `npm start`, of zet NEXTAUTH_SECRET (32+ tekens).");
  }
  return DEVELOPMENT_SECRET;
}

/** A keyed hash: lets us count events per address without storing the address. */
export function keyedHash(value: string): string {
  return createHmac("sha256", authSecret()).update(value).digest("base64url");
}
