import "server-only";
// Who may see where help is missing: moderators and admins, and professionals — the gemeente's
// staff and the partners on the moderators' list of e-mail domains (see lib/referrals/
// professional.ts). The view shows only counts of public listings and stale checks.
import { can } from "../auth/permissions";
import type { SessionUser } from "../auth/session";
import { isProfessionalUser } from "../referrals/professional";

export async function canSeeGaps(user: SessionUser | null): Promise<boolean> {
  if (!user) return false;
  return can(user, "read:gaps:any") || (await isProfessionalUser(user));
}
