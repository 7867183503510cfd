// Who is signed in. `getCurrentUser` returns null for visitors; the `require*` guards send
// them to the sign-in page (pages) — server actions use lib/actions/action.ts instead.
import "server-only";
import { cache } from "react";
import { getServerSession, type Session } from "next-auth";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { redirect } from "../i18n/navigation";
import { db } from "../db";
import { authOptions, SIGN_IN_PAGE, type SessionIdentity } from "./options";
import { isModerator } from "./permissions";
import type { MembershipRole, Role } from "../generated/prisma/enums";

export type SessionUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  isProfessional: boolean;
  memberships: { organizationId: string; role: MembershipRole }[];
};

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // Sessions are per request: never while building.
  await connection();
  return userForSession(await getServerSession(authOptions()));
});

/**
 * The account behind a session, or null: no session, account gone or switched off, or the
 * session ended (signed out, new password) since it was made — its version is not current.
 */
export async function userForSession(session: Session | null): Promise<SessionUser | null> {
  const { id, sessionVersion = 0 } = (session?.user ?? {}) as SessionIdentity;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      isProfessional: true,
      disabledAt: true,
      sessionVersion: true,
      memberships: { select: { organizationId: true, role: true } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, isProfessional: user.isProfessional, memberships: user.memberships };
}

export async function requireUser(returnTo = "/beheer"): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) return redirect({ href: { pathname: SIGN_IN_PAGE, query: { terug: returnTo } }, locale: await getLocale() });
  return user;
}

export async function requireModerator(returnTo = "/beheer/moderatie"): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!isModerator(user)) return redirect({ href: { pathname: "/beheer", query: { "geen-toegang": "1" } }, locale: await getLocale() });
  return user;
}
