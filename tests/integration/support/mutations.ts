// The list of every mutation the app offers, for the authorization matrix. A new server
// action belongs here; the matrix then proves who may call it.
import type { Db } from "../../../lib/db";
import { saveOrganisationDetails } from "../../../lib/listings/organisation-actions";
import { submitReport } from "../../../lib/reports/report-actions";
import { reportFormToken } from "../../../lib/reports/form-token";
import { resolveReport, settleReport } from "../../../lib/reports/resolve-actions";
import { approveListing, rejectListing } from "../../../lib/moderation/review-actions";
import { saveLocation, unlinkLocation } from "../../../lib/listings/location-actions";
import { saveService } from "../../../lib/listings/service-actions";
import { acceptInvitationWithAccount, inviteMember, revokeInvitation } from "../../../lib/access/invitation-actions";
import { changeMemberRole, leaveOrganisation, removeMember, transferOwnership } from "../../../lib/access/member-actions";
import { requestPasswordReset, resetPassword } from "../../../lib/access/password-actions";
import { submitInitiative, submitInitiativeWithAccount } from "../../../lib/access/submit-actions";
import { expiresIn, newToken } from "../../../lib/auth/tokens";
import { saveHours } from "../../../lib/listings/hours-actions";
import { addException, closeToday, removeException, reopenToday } from "../../../lib/listings/exception-actions";
import { saveAreas } from "../../../lib/listings/area-actions";
import { restoreRevision } from "../../../lib/listings/restore-actions";
import { removeTranslation, saveTranslation } from "../../../lib/listings/translation-actions";
import { archiveListing, unarchiveListing } from "../../../lib/listings/archive-actions";
import { verifyListing } from "../../../lib/listings/verify-actions";
import { organisationSnapshot } from "../../../lib/listings/organisation-snapshot";
import { locationSnapshot } from "../../../lib/listings/location-snapshot";
import { confirmReferral, declineReferral, endReferral, proposeReferral, updateReferral } from "../../../lib/referrals/referral-actions";
import { addProfessionalDomain, removeProfessionalDomain, setProfessional } from "../../../lib/referrals/professional-actions";
import { TARGET_SLUG, everyone, listingManagers, moderatorsOnly, type Mutation, type Target } from "./matrix";

async function organisation(db: Db, target: Target) {
  return db.organization.findUniqueOrThrow({ where: { slug: TARGET_SLUG[target] } });
}

async function openReport(db: Db, target: Target) {
  const o = await organisation(db, target);
  return db.correctionReport.create({ data: { organizationId: o.id, topic: "HOURS", message: "De tijden op de kaart kloppen niet." } });
}

/** A location of the target's own (created here), so unlinking it touches no other listing. */
async function ownLocation(db: Db, target: Target) {
  const o = await organisation(db, target);
  return db.location.create({
    data: {
      name: "Matrix buurthuis",
      address1: "Zamenhofdreef 1",
      postalCode: "3562 JT",
      latitude: 52.1055,
      longitude: 5.1114,
      organizations: { create: { organizationId: o.id } },
    },
  });
}

async function firstService(db: Db, target: Target) {
  const o = await organisation(db, target);
  return db.service.findFirstOrThrow({ where: { organizationId: o.id }, include: { categories: true, locations: true }, orderBy: { slug: "asc" } });
}

let counter = 0;
function uniqueEmail(): string {
  counter += 1;
  return `matrix-${counter}-${Date.now()}@sociale-kaart.test`;
}

/** A new person with a membership of the target (EDITOR unless said otherwise). */
async function newMember(db: Db, target: Target, role: "OWNER" | "EDITOR" = "EDITOR") {
  const o = await organisation(db, target);
  return db.user.create({ data: { email: uniqueEmail(), name: "Matrix helper", memberships: { create: { organizationId: o.id, role } } } });
}

async function invitation(db: Db, target: Target) {
  const o = await organisation(db, target);
  const { token, tokenHash } = newToken();
  const row = await db.invitation.create({ data: { tokenHash, email: uniqueEmail(), organizationId: o.id, role: "EDITOR", expiresAt: expiresIn({ days: 1 }) } });
  return { id: row.id, token };
}

/** Things only a member does to their own membership: leaving, handing over ownership. */
function ownCoordinatorOnly(actor: string, target: Target): boolean {
  return (actor === "coordinatorA" && target === "A") || (actor === "coordinatorB" && target === "B");
}

/** A service of the target offered at a place, with that place. */
async function servicePlace(db: Db, target: Target) {
  const o = await organisation(db, target);
  const place = await db.serviceAtLocation.findFirstOrThrow({ where: { service: { organizationId: o.id } }, include: { service: true }, orderBy: { id: "asc" } });
  return { service: place.service, place };
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 24 * 3600_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Amsterdam" });
}

/** A third organisation, so that only the target's side of a referral link is in play. */
const PARTNER_SLUG = "voedselbank-utrecht";

async function referral(db: Db, target: Target, direction: "from" | "to", status: "PROPOSED" | "CONFIRMED") {
  const own = await organisation(db, target);
  const partner = await db.organization.findUniqueOrThrow({ where: { slug: PARTNER_SLUG } });
  const [from, to] = direction === "from" ? [own, partner] : [partner, own];
  return db.referralLink.create({
    data: { fromOrganizationId: from.id, toOrganizationId: to.id, kind: "PRACTICAL", whenToRefer: "Als iemand hulp bij post nodig heeft.", status },
  });
}

const agreement = { kind: "LIGHTER_HELP", whenToRefer: "Bij vragen over brieven en formulieren.", handoverSteps: ["Bel de inloop."], contactRole: "coördinator inloop" };

async function pending(db: Db, target: Target) {
  return db.organization.update({ where: { slug: TARGET_SLUG[target] }, data: { status: "PENDING" } });
}

/**
 * The target's own address, shared with the other organisation, renamed; the change is in the
 * target's history (as made through the other organisation when `viaOther`).
 */
async function sharedAddressChange(db: Db, target: Target, name: string, viaOther: boolean) {
  const o = await organisation(db, target);
  const other = await organisation(db, target === "A" ? "B" : "A");
  const location = await ownLocation(db, target);
  await db.organizationLocation.create({ data: { organizationId: other.id, locationId: location.id } });
  const before = await locationSnapshot(db, location.id, o.id);
  await db.location.update({ where: { id: location.id }, data: { name, version: { increment: 1 } } });
  const after = { ...(await locationSnapshot(db, location.id, o.id)), ...(viaOther ? { changedVia: other.id } : {}) };
  const revision = await db.revision.create({
    data: { entityType: "Location", entityId: location.id, organizationId: o.id, action: "UPDATE", before: before as object, after: after as object },
  });
  return { o, location, revision };
}

export const mutations: Mutation[] = [
  {
    name: "save organisation details",
    prepare: async (db, target) => {
      const o = await organisation(db, target);
      return {
        organizationId: o.id,
        version: String(o.version),
        name: o.name,
        alternateName: `matrix ${Date.now()}`,
        description: o.description,
        kind: o.kind,
        track: o.track,
      };
    },
    call: (input) => saveOrganisationDetails({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "report a mistake (public)",
    prepare: async (db, target) => ({
      organizationId: (await organisation(db, target)).id,
      topic: "HOURS",
      message: "Op dinsdag is het spreekuur gesloten.",
      startedAt: reportFormToken(new Date(Date.now() - 60_000)),
    }),
    call: (input) => submitReport({ status: "idle" }, input),
    allowed: everyone,
  },
  {
    name: "resolve a report about one's listing",
    prepare: async (db, target) => ({ reportId: (await openReport(db, target)).id, note: "Tijden aangepast." }),
    call: (input) => resolveReport({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "settle any report (moderation)",
    prepare: async (db, target) => ({ reportId: (await openReport(db, target)).id, outcome: "DISMISSED", note: "Klopt al." }),
    call: (input) => settleReport({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
  {
    name: "approve a submitted listing",
    prepare: async (db, target) => ({ organizationId: (await pending(db, target)).id }),
    call: (input) => approveListing({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
  {
    name: "reject a submitted listing",
    prepare: async (db, target) => ({ organizationId: (await pending(db, target)).id, reason: "Er ontbreekt een adres." }),
    call: (input) => rejectListing({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
  {
    name: "add an address",
    prepare: async (db, target) => ({
      organizationId: (await organisation(db, target)).id,
      name: "Nieuwe inloop",
      address1: "Zamenhofdreef 1",
      postalCode: "3562 JT",
      latitude: "52.1055",
      longitude: "5.1114",
    }),
    call: (input) => saveLocation({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "edit an address",
    prepare: async (db, target) => {
      const location = await ownLocation(db, target);
      return {
        organizationId: (await organisation(db, target)).id,
        locationId: location.id,
        version: String(location.version),
        name: "Matrix buurthuis (nieuw)",
        address1: location.address1,
        postalCode: location.postalCode,
        latitude: String(location.latitude),
        longitude: String(location.longitude),
      };
    },
    call: (input) => saveLocation({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "unlink an address",
    prepare: async (db, target) => {
      const location = await ownLocation(db, target);
      return { organizationId: (await organisation(db, target)).id, locationId: location.id, version: String(location.version) };
    },
    call: (input) => unlinkLocation({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "add a service",
    prepare: async (db, target) => ({
      organizationId: (await organisation(db, target)).id,
      name: `Matrixspreekuur ${Math.random().toString(36).slice(2, 7)}`,
      description: "Hulp bij brieven.",
      status: "ACTIVE",
      capacity: "OPEN",
    }),
    call: (input) => saveService({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "edit a service",
    prepare: async (db, target) => {
      const service = await firstService(db, target);
      return {
        organizationId: service.organizationId,
        serviceId: service.id,
        version: String(service.version),
        name: service.name,
        description: `${service.description} `.trim() + " (bijgewerkt)",
        status: service.status,
        categoryIds: service.categories.map((c) => c.categoryId),
        phases: service.phases,
        accessModes: service.accessModes,
        languages: service.languages.filter((l) => ["nl", "en", "ar", "tr", "ber", "pl", "so", "ti", "fa", "uk", "pap", "es", "fr"].includes(l)),
        capacity: service.capacity,
        locationIds: service.locations.map((l) => l.locationId),
      };
    },
    call: (input) => saveService({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "invite someone to a listing",
    prepare: async (db, target) => ({ organizationId: (await organisation(db, target)).id, email: uniqueEmail(), role: "EDITOR" }),
    call: (input) => inviteMember({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "withdraw an invitation",
    prepare: async (db, target) => ({ invitationId: (await invitation(db, target)).id }),
    call: (input) => revokeInvitation({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "change a member's role",
    prepare: async (db, target) => ({ organizationId: (await organisation(db, target)).id, userId: (await newMember(db, target)).id, role: "OWNER" }),
    call: (input) => changeMemberRole({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "remove a member",
    prepare: async (db, target) => ({ organizationId: (await organisation(db, target)).id, userId: (await newMember(db, target)).id }),
    call: (input) => removeMember({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "hand over ownership",
    prepare: async (db, target) => ({ organizationId: (await organisation(db, target)).id, userId: (await newMember(db, target)).id }),
    call: (input) => transferOwnership({ status: "idle" }, input),
    // A hand-over is from one owner to another; moderators, who are no member, make someone
    // owner with "change a member's role" instead.
    allowed: ownCoordinatorOnly,
  },
  {
    name: "leave a listing",
    prepare: async (db, target) => {
      await newMember(db, target, "OWNER");
      return { organizationId: (await organisation(db, target)).id };
    },
    call: (input) => leaveOrganisation({ status: "idle" }, input),
    allowed: ownCoordinatorOnly,
  },
  {
    name: "submit a new initiative (signed in)",
    prepare: async () => ({ name: `Matrix initiatief ${uniqueEmail()}`, description: "Koffie en hulp bij post." }),
    call: (input) => submitInitiative({ status: "idle" }, input),
    allowed: (actor) => actor !== "anonymous",
  },
  {
    name: "submit a new initiative with a new account (public)",
    prepare: async () => ({
      name: `Matrix buurtinitiatief ${uniqueEmail()}`,
      description: "Samen eten en formulieren invullen.",
      accountName: "Nieuwe vrijwilliger",
      accountEmail: uniqueEmail(),
      password: "een-lang-wachtwoord",
      passwordRepeat: "een-lang-wachtwoord",
    }),
    call: (input) => submitInitiativeWithAccount({ status: "idle" }, input),
    allowed: () => true,
  },
  {
    name: "ask for a password reset (public)",
    prepare: async (db, target) => ({ email: (await newMember(db, target)).email }),
    call: (input) => requestPasswordReset({ status: "idle" }, input),
    allowed: () => true,
  },
  {
    name: "set a new password with a reset link (public)",
    prepare: async (db, target) => {
      const user = await newMember(db, target);
      const { token, tokenHash } = newToken();
      await db.passwordResetToken.create({ data: { tokenHash, userId: user.id, expiresAt: expiresIn({ hours: 1 }) } });
      return { token, password: "nog-een-lang-wachtwoord", passwordRepeat: "nog-een-lang-wachtwoord" };
    },
    call: (input) => resetPassword({ status: "idle" }, input),
    allowed: () => true,
  },
  {
    name: "accept an invitation with a new account (public)",
    prepare: async (db, target) => ({ token: (await invitation(db, target)).token, name: "Nieuwe redacteur", password: "een-lang-wachtwoord", passwordRepeat: "een-lang-wachtwoord" }),
    call: (input) => acceptInvitationWithAccount({ status: "idle" }, input),
    allowed: () => true,
  },
  {
    name: "save opening hours",
    prepare: async (db, target) => {
      const { service, place } = await servicePlace(db, target);
      return {
        serviceId: service.id,
        serviceAtLocationId: place.id,
        version: String(service.version),
        rules: [{ byDay: "TU", repeat: "WEEKLY", opensAt: "09:00", closesAt: "12:00" }],
      };
    },
    call: (input) => saveHours({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "add an exception",
    prepare: async (db, target) => {
      const { service, place } = await servicePlace(db, target);
      return { serviceId: service.id, serviceAtLocationId: place.id, startDate: isoDay(10), kind: "CLOSED", reason: "Studiedag" };
    },
    call: (input) => addException({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "remove an exception",
    prepare: async (db, target) => {
      const { service, place } = await servicePlace(db, target);
      const day = new Date(`${isoDay(12)}T00:00:00.000Z`);
      const exception = await db.scheduleException.create({ data: { serviceAtLocationId: place.id, startDate: day, endDate: day, kind: "CLOSED" } });
      return { serviceId: service.id, exceptionId: exception.id };
    },
    call: (input) => removeException({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "closed today (one tap)",
    prepare: async (db, target) => {
      const { service, place } = await servicePlace(db, target);
      const today = new Date(`${isoDay(0)}T00:00:00.000Z`);
      await db.scheduleException.deleteMany({ where: { serviceAtLocationId: place.id, startDate: { lte: today }, endDate: { gte: today } } });
      return { serviceId: service.id, serviceAtLocationId: place.id };
    },
    call: (input) => closeToday({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "open after all today",
    prepare: async (db, target) => {
      const { service, place } = await servicePlace(db, target);
      const today = new Date(`${isoDay(0)}T00:00:00.000Z`);
      await db.scheduleException.deleteMany({ where: { serviceAtLocationId: place.id, startDate: { lte: today }, endDate: { gte: today } } });
      await db.scheduleException.create({ data: { serviceAtLocationId: place.id, startDate: today, endDate: today, kind: "CLOSED" } });
      return { serviceId: service.id, serviceAtLocationId: place.id };
    },
    call: (input) => reopenToday({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "save service areas",
    prepare: async (db, target) => {
      const { service } = await servicePlace(db, target);
      return { serviceId: service.id, version: String(service.version), wijkCodes: ["WK034404"], buurtCodes: [] };
    },
    call: (input) => saveAreas({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "translate the organisation's description",
    prepare: async (db, target) => {
      const o = await organisation(db, target);
      return { part: "organisation", organizationId: o.id, locale: "ar", version: String(o.version), description: "وصف تجريبي للمنظمة." };
    },
    call: (input) => saveTranslation({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "translate a service",
    prepare: async (db, target) => {
      const service = await firstService(db, target);
      return { part: "service", organizationId: service.organizationId, serviceId: service.id, locale: "tr", version: String(service.version), description: "Mektuplar için yardım." };
    },
    call: (input) => saveTranslation({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "translate an address's 'how to get there'",
    prepare: async (db, target) => {
      const location = await ownLocation(db, target);
      return { part: "location", organizationId: (await organisation(db, target)).id, locationId: location.id, locale: "pl", version: String(location.version), transportation: "Autobus 1." };
    },
    call: (input) => saveTranslation({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "remove a translation",
    prepare: async (db, target) => {
      const service = await firstService(db, target);
      await db.serviceTranslation.upsert({
        where: { serviceId_locale: { serviceId: service.id, locale: "uk" } },
        create: { serviceId: service.id, locale: "uk", description: "Допомога з листами." },
        update: {},
      });
      return { part: "service", organizationId: service.organizationId, ownerId: service.id, locale: "uk", version: String(service.version) };
    },
    call: (input) => removeTranslation({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "restore an earlier version",
    prepare: async (db, target) => {
      const o = await organisation(db, target);
      const before = await organisationSnapshot(db, o.id);
      await db.organization.update({ where: { id: o.id }, data: { alternateName: `Tijdelijk ${Math.random()}`, version: { increment: 1 } } });
      const after = await organisationSnapshot(db, o.id);
      const revision = await db.revision.create({
        data: { entityType: "Organization", entityId: o.id, organizationId: o.id, action: "UPDATE", before: before as object, after: after as object },
      });
      return { revisionId: revision.id, basedOnId: revision.id };
    },
    call: (input) => restoreRevision({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    // A shared address changed through the other organisation: undone from the target's
    // history (the revision is the target's). Its coordinator may, as they may edit the address.
    name: "restore a shared address changed through the other organisation",
    prepare: async (db, target) => {
      const { revision } = await sharedAddressChange(db, target, "Matrix buurthuis (via de ander)", true);
      return { revisionId: revision.id, basedOnId: revision.id };
    },
    call: (input) => restoreRevision({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    // The target left the address after changing it: nobody brings it back that way.
    name: "restore an address change after leaving the address",
    prepare: async (db, target) => {
      const { o, location, revision } = await sharedAddressChange(db, target, "Matrix buurthuis (later verlaten)", false);
      await db.organizationLocation.delete({ where: { organizationId_locationId: { organizationId: o.id, locationId: location.id } } });
      return { revisionId: revision.id, basedOnId: revision.id };
    },
    call: (input) => restoreRevision({ status: "idle" }, input),
    allowed: () => false,
  },
  {
    name: "archive a listing",
    prepare: async (db, target) => ({ organizationId: (await organisation(db, target)).id }),
    call: (input) => archiveListing({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "bring back an archived listing",
    prepare: async (db, target) => ({
      organizationId: (await db.organization.update({ where: { slug: TARGET_SLUG[target] }, data: { status: "ARCHIVED", statusBeforeArchive: "PUBLISHED" } })).id,
    }),
    call: (input) => unarchiveListing({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "confirm a listing is still right",
    prepare: async (db, target) => ({ organizationId: (await organisation(db, target)).id }),
    call: (input) => verifyListing({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "propose a referral agreement from one's listing",
    prepare: async (db, target) => {
      const from = (await organisation(db, target)).id;
      const to = (await db.organization.findUniqueOrThrow({ where: { slug: PARTNER_SLUG } })).id;
      // One open agreement per pair and kind: start each call without the previous one.
      await db.referralLink.deleteMany({ where: { fromOrganizationId: from, toOrganizationId: to, kind: "LIGHTER_HELP" } });
      return { fromOrganizationId: from, toOrganizationId: to, ...agreement };
    },
    call: (input) => proposeReferral({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "change one's own proposal",
    prepare: async (db, target) => {
      const link = await referral(db, target, "from", "PROPOSED");
      return { referralId: link.id, version: String(link.version), ...agreement, whenToRefer: "Bij brieven die iemand niet begrijpt." };
    },
    call: (input) => updateReferral({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "confirm a proposal made to one's listing",
    prepare: async (db, target) => {
      const link = await referral(db, target, "to", "PROPOSED");
      return { referralId: link.id, version: String(link.version) };
    },
    call: (input) => confirmReferral({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "decline a proposal made to one's listing",
    prepare: async (db, target) => {
      const link = await referral(db, target, "to", "PROPOSED");
      return { referralId: link.id, version: String(link.version), reason: "Past niet bij wat wij doen." };
    },
    call: (input) => declineReferral({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "end a confirmed agreement of one's listing",
    prepare: async (db, target) => {
      const link = await referral(db, target, "from", "CONFIRMED");
      return { referralId: link.id, version: String(link.version), reason: "De inloop is gestopt." };
    },
    call: (input) => endReferral({ status: "idle" }, input),
    allowed: listingManagers,
  },
  {
    name: "add a professional e-mail domain",
    prepare: async () => ({ domain: `partner${(counter += 1)}-${Date.now()}.nl`, note: "Bekende partner" }),
    call: (input) => addProfessionalDomain({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
  {
    name: "remove a professional e-mail domain",
    prepare: async (db) => {
      const domain = `weg${(counter += 1)}-${Date.now()}.nl`;
      await db.professionalDomain.create({ data: { domain } });
      return { domain };
    },
    call: (input) => removeProfessionalDomain({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
  {
    name: "grant someone the professional role",
    prepare: async (db, target) => ({ email: (await newMember(db, target)).email, grant: "true" }),
    call: (input) => setProfessional({ status: "idle" }, input),
    allowed: moderatorsOnly,
  },
];
