import "server-only";
// Reading referral agreements for the management pages. Every query carries the user's
// ownership condition on the organisation whose page it is, so another organisation's
// agreements are never read through a posted id.
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";

const side = { select: { id: true, name: true, slug: true, status: true } } as const;
const serviceName = { select: { id: true, name: true } } as const;

const referralManageSelect = {
  id: true,
  version: true,
  status: true,
  kind: true,
  whenToRefer: true,
  handoverSteps: true,
  whatToBring: true,
  jointFirstMeeting: true,
  contactRole: true,
  professionalContact: true,
  fromOrganizationId: true,
  toOrganizationId: true,
  fromServiceId: true,
  toServiceId: true,
  proposedAt: true,
  toConfirmedAt: true,
  endedAt: true,
  endReason: true,
  fromOrganization: side,
  toOrganization: side,
  fromService: serviceName,
  toService: serviceName,
} as const;

export type ManagedReferral = Awaited<ReturnType<typeof listReferralsFor>>["outgoing"][number];

/** All agreements of one organisation, sorted into the lists of the referrals page. */
export async function listReferralsFor(user: SessionUser, organizationId: string) {
  const mine = { id: organizationId, ...editableOrganizations(user) };
  const rows = await db.referralLink.findMany({
    where: { OR: [{ fromOrganization: mine }, { toOrganization: mine }] },
    select: referralManageSelect,
    orderBy: [{ updatedAt: "desc" }],
  });
  const outgoing = rows.filter((row) => row.fromOrganizationId === organizationId);
  const incoming = rows.filter((row) => row.toOrganizationId === organizationId);
  return {
    /** Proposals from others that wait for this organisation's answer. */
    waiting: incoming.filter((row) => row.status === "PROPOSED"),
    /** This organisation's own proposals that wait for the other side. */
    proposed: outgoing.filter((row) => row.status === "PROPOSED"),
    outgoing: outgoing.filter((row) => row.status === "CONFIRMED"),
    incoming: incoming.filter((row) => row.status === "CONFIRMED"),
    ended: rows.filter((row) => row.status === "ENDED" || row.status === "DECLINED"),
  };
}

/** One proposal the user may still change (their own organisation's, not yet confirmed). */
export async function getEditableProposal(user: SessionUser, organizationId: string, referralId: string) {
  return db.referralLink.findFirst({
    where: { id: referralId, status: "PROPOSED", fromOrganizationId: organizationId, fromOrganization: editableOrganizations(user) },
    select: referralManageSelect,
  });
}

/** Published organisations to refer to, with their active services, by name. */
export async function partnerOptions(excludeOrganizationId: string) {
  return db.organization.findMany({
    where: { status: "PUBLISHED", id: { not: excludeOrganizationId } },
    select: { id: true, name: true, services: { where: { status: "ACTIVE" }, select: { id: true, name: true }, orderBy: { name: "asc" } } },
    orderBy: { name: "asc" },
  });
}

export async function ownServices(organizationId: string) {
  return db.service.findMany({ where: { organizationId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function listProfessionalDomains() {
  return db.professionalDomain.findMany({ orderBy: { domain: "asc" }, select: { domain: true, note: true, createdAt: true } });
}

export async function listProfessionalAccounts() {
  return db.user.findMany({ where: { isProfessional: true }, select: { email: true, name: true }, orderBy: { email: "asc" } });
}
