import "server-only";
// Whether a signed-in person may see the professional-only details of referral agreements
// (a direct line, a shared inbox). Professionals are people marked as such by a moderator,
// people whose work address is at a known employer's domain, and moderators and admins.
// Visitors are never professionals: the public page asks this only when someone is signed in.
import { db } from "../db";
import { isModerator } from "../auth/permissions";
import type { Role } from "../generated/prisma/enums";
import { domainCandidates, emailDomain } from "./professional-schema";

export type ProfessionalSubject = { email: string; role: Role; isProfessional: boolean } | null;

export async function isProfessionalUser(user: ProfessionalSubject): Promise<boolean> {
  if (!user) return false;
  if (user.isProfessional || isModerator(user)) return true;
  const candidates = domainCandidates(emailDomain(user.email));
  if (candidates.length === 0) return false;
  return (await db.professionalDomain.count({ where: { domain: { in: candidates } } })) > 0;
}
