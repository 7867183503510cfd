import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, userId } from "./support/users";
import { addProfessionalDomain, removeProfessionalDomain, setProfessional } from "../../lib/referrals/professional-actions";
import { isProfessionalUser, type ProfessionalSubject } from "../../lib/referrals/professional";
import { getPublishedOrganisationDetail } from "../../lib/organisations/detail-queries";

const t = withTestDatabase();
const idle = { status: "idle" } as const;

async function subject(email: string) {
  return t.db.user.findUniqueOrThrow({ where: { email }, select: { email: true, role: true, isProfessional: true } });
}

const ZUILEN = "inloop-geld-en-post-zuilen";

/** The seeded, confirmed agreement from the Zuilen walk-in that carries a direct line. */
async function zuilen() {
  return t.db.organization.findUniqueOrThrow({ where: { slug: ZUILEN }, select: { id: true } });
}

/** Professional contacts on the public page, by agreement id, as the viewer gets them. */
async function professionalContactsFor(viewer: ProfessionalSubject): Promise<Record<string, unknown>> {
  const detail = await getPublishedOrganisationDetail(ZUILEN, new Date(), viewer);
  const referrals = [...(detail?.referralsOut ?? []), ...(detail?.referralsIn ?? [])];
  return Object.fromEntries(referrals.filter((r) => r.professionalContact !== undefined).map((r) => [r.id, r.professionalContact]));
}

describe("who is a professional", () => {
  it("the seed knows the municipality's and the buurtteams' domains", async () => {
    const domains = await t.db.professionalDomain.findMany({ select: { domain: true } });
    expect(domains.map((d) => d.domain).sort()).toEqual(["buurtteamsutrecht.nl", "utrecht.nl"]);
  });

  it("by e-mail domain (also a subdomain), by the flag, or as moderator — never a visitor or a plain coordinator", async () => {
    await t.db.user.createMany({
      data: [
        { email: "werker@buurtteamsutrecht.nl" },
        { email: "iemand@wijk.utrecht.nl" },
        { email: "iemand@nietutrecht.nl" },
        { email: "vrijwilliger@gmail.com", isProfessional: true },
      ],
    });
    expect(await isProfessionalUser(null)).toBe(false);
    expect(await isProfessionalUser(await subject(EMAILS.ownerA))).toBe(false);
    expect(await isProfessionalUser(await subject("werker@buurtteamsutrecht.nl"))).toBe(true);
    expect(await isProfessionalUser(await subject("iemand@wijk.utrecht.nl"))).toBe(true);
    expect(await isProfessionalUser(await subject("iemand@nietutrecht.nl"))).toBe(false);
    expect(await isProfessionalUser(await subject("vrijwilliger@gmail.com"))).toBe(true);
    expect(await isProfessionalUser(await subject(EMAILS.moderator))).toBe(true);
  });

  it("the public query gives professional contacts to professionals only (by domain or by flag)", async () => {
    const { id } = await zuilen();
    const withContact = await t.db.referralLink.findFirstOrThrow({ where: { fromOrganizationId: id, status: "CONFIRMED", professionalContact: { not: null } } });
    expect(await professionalContactsFor(null)).toEqual({});
    expect(await professionalContactsFor(await subject(EMAILS.ownerA))).toEqual({});
    const byDomain = await professionalContactsFor({ email: "werker@buurtteamsutrecht.nl", role: "USER", isProfessional: false });
    expect(byDomain[withContact.id]).toBe(withContact.professionalContact);
    const byFlag = await professionalContactsFor({ email: "iemand@voorbeeld.nl", role: "USER", isProfessional: true });
    expect(byFlag[withContact.id]).toBe(withContact.professionalContact);
  });

  it("never gives the contact of an agreement that is not confirmed", async () => {
    const { id } = await zuilen();
    expect(await professionalContactsFor({ email: "werker@buurtteamsutrecht.nl", role: "USER", isProfessional: false })).not.toEqual({});
    const link = await t.db.referralLink.findFirstOrThrow({ where: { fromOrganizationId: id, status: "CONFIRMED", professionalContact: { not: null } } });
    const professional = { email: "werker@buurtteamsutrecht.nl", role: "USER" as const, isProfessional: false };
    for (const status of ["PROPOSED", "DECLINED", "ENDED"] as const) {
      await t.db.referralLink.update({ where: { id: link.id }, data: { status } });
      expect(await professionalContactsFor(professional)).not.toHaveProperty(link.id);
    }
    await t.db.referralLink.update({ where: { id: link.id }, data: { status: "CONFIRMED" } });
  });
});

describe("moderators manage professionals", () => {
  it("adds a domain (normalised) and removes it", async () => {
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await addProfessionalDomain(idle, { domain: " @Voorbeeld-Team.NL ", note: "Proef" })).status).toBe("success");
    expect(await t.db.professionalDomain.findUnique({ where: { domain: "voorbeeld-team.nl" } })).toMatchObject({ note: "Proef" });
    expect((await removeProfessionalDomain(idle, { domain: "voorbeeld-team.nl" })).status).toBe("success");
    expect(await t.db.professionalDomain.findUnique({ where: { domain: "voorbeeld-team.nl" } })).toBeNull();
  });

  it("refuses a malformed domain or a public mail provider, and adds nothing", async () => {
    actAs(await userId(t.db, EMAILS.moderator));
    const before = await t.db.professionalDomain.count();
    for (const domain of ["naam@utrecht.nl", "utrecht", "-x.nl", "gmail.com", ""]) {
      const state = await addProfessionalDomain(idle, { domain });
      expect(state.status).toBe("error");
      expect(state.status === "error" && state.fieldErrors?.domain?.length).toBe(1);
    }
    expect(await t.db.professionalDomain.count()).toBe(before);
  });

  it("grants and revokes the role of an account by e-mail; an unknown address changes nothing", async () => {
    actAs(await userId(t.db, EMAILS.moderator));
    const professionals = await t.db.user.count({ where: { isProfessional: true } });
    expect((await setProfessional(idle, { email: EMAILS.ownerB.toUpperCase(), grant: "true" })).status).toBe("success");
    expect((await subject(EMAILS.ownerB)).isProfessional).toBe(true);
    expect((await setProfessional(idle, { email: EMAILS.ownerB, grant: "false" })).status).toBe("success");
    expect((await subject(EMAILS.ownerB)).isProfessional).toBe(false);
    const unknown = await setProfessional(idle, { email: "niemand@voorbeeld.nl", grant: "true" });
    expect(unknown.status === "error" && unknown.fieldErrors?.email).toEqual(["Er is geen account met dit e-mailadres. Vraag de hulpverlener eerst een account te maken."]);
    expect(await t.db.user.count({ where: { isProfessional: true } })).toBe(professionals);
  });

  it("refuses coordinators and visitors, and changes nothing", async () => {
    const domains = await t.db.professionalDomain.findMany();
    for (const who of [await userId(t.db, EMAILS.ownerA), null]) {
      actAs(who);
      expect((await addProfessionalDomain(idle, { domain: "eigen-club.nl" })).status).toBe("error");
      expect((await removeProfessionalDomain(idle, { domain: "utrecht.nl" })).status).toBe("error");
      expect((await setProfessional(idle, { email: EMAILS.ownerA, grant: "true" })).status).toBe("error");
    }
    expect(await t.db.professionalDomain.findMany()).toEqual(domains);
    expect((await subject(EMAILS.ownerA)).isProfessional).toBe(false);
  });
});
