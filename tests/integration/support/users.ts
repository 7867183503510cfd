// The seeded development accounts (prisma/seed/accounts.ts), looked up by e-mail.
import type { Db } from "../../../lib/db";

export const EMAILS = {
  moderator: "moderator@sociale-kaart.test",
  admin: "admin@sociale-kaart.test",
  ownerA: "overvecht@sociale-kaart.test",
  editorA: "redacteur@sociale-kaart.test",
  ownerB: "lunetten@sociale-kaart.test",
} as const;

/** Organisation A is owned by ownerA (editorA edits it); B by ownerB. */
export const SLUGS = { a: "formulierenspreekuur-overvecht", b: "geldcafe-lunetten" } as const;

export async function userId(db: Db, email: string): Promise<string> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return user.id;
}

export async function organisationId(db: Db, slug: string): Promise<string> {
  const organisation = await db.organization.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return organisation.id;
}
