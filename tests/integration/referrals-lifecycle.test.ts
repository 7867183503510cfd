import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { confirmReferral, declineReferral, endReferral, proposeReferral, updateReferral } from "../../lib/referrals/referral-actions";
import { getPublishedOrganisationDetail } from "../../lib/organisations/detail-queries";

const t = withTestDatabase();
const idle = { status: "idle" } as const;

/** As the browser sends it: the steps as "handoverSteps.0", "handoverSteps.1", … */
function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

async function proposal(overrides: Record<string, string> = {}) {
  return formData({
    fromOrganizationId: await organisationId(t.db, SLUGS.a),
    toOrganizationId: await organisationId(t.db, SLUGS.b),
    kind: "LIGHTER_HELP",
    whenToRefer: "De bewoner wil samen de post doornemen in een rustige sfeer.",
    "handoverSteps.0": "Vraag of de bewoner mee wil naar het geldcafé.",
    "handoverSteps.1": "",
    "handoverSteps.2": "Loop samen naar binnen en stel de gastvrouw voor.",
    whatToBring: "De post van de laatste maand.",
    jointFirstMeeting: "on",
    contactRole: "gastvrouw geldcafé",
    professionalContact: "Gedeelde mailbox: team@geldcafe.test",
    ...overrides,
  });
}

async function proposalChange(referralId: string, version: number, overrides: Record<string, string> = {}) {
  const data = await proposal(overrides);
  data.append("referralId", referralId);
  data.append("version", String(version));
  return data;
}

/** Proposes A → B as A's owner and returns the new link (earlier tests' open links ended first). */
async function proposeAtoB(overrides: Record<string, string> = {}) {
  await t.db.referralLink.updateMany({
    where: { fromOrganizationId: await organisationId(t.db, SLUGS.a), toOrganizationId: await organisationId(t.db, SLUGS.b), status: { in: ["PROPOSED", "CONFIRMED"] } },
    data: { status: "ENDED" },
  });
  actAs(await userId(t.db, EMAILS.ownerA));
  const state = await proposeReferral(idle, await proposal(overrides));
  expect(state.status).toBe("success");
  if (state.status !== "success" || !state.data) throw new Error("not proposed");
  return t.db.referralLink.findUniqueOrThrow({ where: { id: state.data.id } });
}

async function publicReferralIds(slug: string): Promise<string[]> {
  const detail = await getPublishedOrganisationDetail(slug);
  return [...(detail?.referralsOut ?? []), ...(detail?.referralsIn ?? [])].map((r) => r.id);
}

describe("proposing a referral agreement", () => {
  it("creates a PROPOSED link confirmed by the proposing side, with revisions for both organisations and a mail to B's owners", async () => {
    const link = await proposeAtoB();
    expect(link.status).toBe("PROPOSED");
    expect(link.handoverSteps).toEqual(["Vraag of de bewoner mee wil naar het geldcafé.", "Loop samen naar binnen en stel de gastvrouw voor."]);
    expect(link.jointFirstMeeting).toBe(true);
    expect(link.proposedById).toBe(await userId(t.db, EMAILS.ownerA));
    expect(link.fromConfirmedAt).not.toBeNull();
    expect(link.toConfirmedAt).toBeNull();
    const revisions = await t.db.revision.findMany({ where: { entityType: "ReferralLink", entityId: link.id } });
    expect(revisions.map((r) => r.organizationId).sort()).toEqual([link.fromOrganizationId, link.toOrganizationId].sort());
    expect(revisions.every((r) => r.action === "CREATE")).toBe(true);
    const mail = await t.db.devMail.findFirst({ where: { to: EMAILS.ownerB }, orderBy: { createdAt: "desc" } });
    expect(mail?.subject).toContain("wil doorverwijzen");
    expect(mail?.text).toContain(`/beheer/organisaties/${link.toOrganizationId}/verwijzingen`);
    expect(await publicReferralIds(SLUGS.a)).not.toContain(link.id);
    expect(await publicReferralIds(SLUGS.b)).not.toContain(link.id);
  });

  it("refuses a second open agreement of the same kind between the same two organisations", async () => {
    const first = await proposeAtoB();
    const count = await t.db.referralLink.count();
    const again = await proposeReferral(idle, await proposal());
    expect(again).toMatchObject({ status: "error", fieldErrors: { kind: [expect.stringMatching(/^Er is al een afspraak van deze soort/)] } });
    expect(await t.db.referralLink.count()).toBe(count);
    // Another kind of help between the same two is a different agreement.
    expect((await proposeReferral(idle, await proposal({ kind: "PRACTICAL" }))).status).toBe("success");
    expect((await t.db.referralLink.findUniqueOrThrow({ where: { id: first.id } })).status).toBe("PROPOSED");
  });

  it("gives Dutch field errors and creates nothing", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const before = await t.db.referralLink.count();
    const state = await proposeReferral(idle, await proposal({ whenToRefer: " ", kind: "ANDERS" }));
    expect(state.status).toBe("error");
    if (state.status !== "error") return;
    expect(state.fieldErrors?.whenToRefer).toEqual(["Vul dit veld in."]);
    expect(state.fieldErrors?.kind).toEqual(["Kies een van de mogelijkheden."]);
    expect(await t.db.referralLink.count()).toBe(before);
  });

  it("refuses a service of another organisation and a link to itself", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const before = await t.db.referralLink.count();
    const foreign = await t.db.service.findFirstOrThrow({ where: { organization: { slug: { notIn: [SLUGS.a, SLUGS.b] } } } });
    const wrongService = await proposeReferral(idle, await proposal({ toServiceId: foreign.id }));
    expect(wrongService.status === "error" && wrongService.fieldErrors?.toServiceId).toBeTruthy();
    const self = await proposeReferral(idle, await proposal({ toOrganizationId: await organisationId(t.db, SLUGS.a) }));
    expect(self.status === "error" && self.fieldErrors?.toOrganizationId).toBeTruthy();
    expect(await t.db.referralLink.count()).toBe(before);
  });

  it("refuses proposing from an organisation that is not the user's, and anonymous visitors", async () => {
    const before = await t.db.referralLink.count();
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await proposeReferral(idle, await proposal())).status).toBe("error");
    actAs(null);
    const anonymous = await proposeReferral(idle, await proposal());
    expect(anonymous.status === "error" && anonymous.message).toMatch(/niet \(meer\) ingelogd/);
    expect(await t.db.referralLink.count()).toBe(before);
  });

  it("lets the proposing side change its proposal while it waits, with a version check", async () => {
    const link = await proposeAtoB();
    actAs(await userId(t.db, EMAILS.editorA));
    expect((await updateReferral(idle, await proposalChange(link.id, link.version, { whenToRefer: "Gewijzigd" }))).status).toBe("success");
    const stale = await updateReferral(idle, await proposalChange(link.id, link.version, { whenToRefer: "Tweede" }));
    expect(stale.status).toBe("conflict");
    if (stale.status === "conflict") expect(stale.changes.map((c) => c.field)).toEqual(["whenToRefer"]);
    const saved = await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(saved.whenToRefer).toBe("Gewijzigd");
    expect(saved.version).toBe(link.version + 1);
    // The receiving side does not write the proposer's text.
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await updateReferral(idle, await proposalChange(link.id, saved.version, { whenToRefer: "Van B" }))).status).toBe("error");
    expect(await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).toEqual(saved);
  });
});

describe("confirming, declining and ending", () => {
  it("only the receiving side confirms: the proposing side cannot confirm its own proposal", async () => {
    const link = await proposeAtoB();
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await confirmReferral(idle, { referralId: link.id, version: String(link.version) })).status).toBe("error");
    expect(await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).toEqual(link);

    actAs(await userId(t.db, EMAILS.ownerB));
    const state = await confirmReferral(idle, { referralId: link.id, version: String(link.version) });
    expect(state.status).toBe("success");
    const confirmed = await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(confirmed.status).toBe("CONFIRMED");
    expect(confirmed.toConfirmedById).toBe(await userId(t.db, EMAILS.ownerB));
    expect(await publicReferralIds(SLUGS.a)).toContain(link.id);
    expect(await publicReferralIds(SLUGS.b)).toContain(link.id);
    const approvals = await t.db.revision.count({ where: { entityId: link.id, action: "APPROVE" } });
    expect(approvals).toBe(2);

    // A confirmed link is not confirmed twice, nor changed by the proposing side.
    expect((await confirmReferral(idle, { referralId: link.id, version: String(confirmed.version) })).status).toBe("error");
    actAs(await userId(t.db, EMAILS.ownerA));
    const edit = await updateReferral(idle, await proposalChange(link.id, confirmed.version));
    expect(edit.status).toBe("error");
    expect(await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).toEqual(confirmed);
  });

  it("gives a conflict when the proposal changed after the receiving side opened it", async () => {
    const link = await proposeAtoB();
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await updateReferral(idle, await proposalChange(link.id, link.version, { whatToBring: "Ook het huurcontract." }))).status).toBe("success");
    actAs(await userId(t.db, EMAILS.ownerB));
    const state = await confirmReferral(idle, { referralId: link.id, version: String(link.version) });
    expect(state.status).toBe("conflict");
    expect((await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("PROPOSED");
  });

  it("the receiving side declines; the declined link stays in the history but never shows publicly", async () => {
    const link = await proposeAtoB();
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await declineReferral(idle, { referralId: link.id, version: String(link.version) })).status).toBe("error");
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await declineReferral(idle, { referralId: link.id, version: String(link.version), reason: "Wij helpen alleen in Lunetten." })).status).toBe("success");
    const declined = await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(declined.status).toBe("DECLINED");
    expect(declined.endReason).toBe("Wij helpen alleen in Lunetten.");
    expect(await publicReferralIds(SLUGS.b)).not.toContain(link.id);
    expect(await t.db.revision.count({ where: { entityId: link.id, action: "REJECT" } })).toBe(2);
    // Declined is final: it cannot be confirmed afterwards.
    expect((await confirmReferral(idle, { referralId: link.id, version: String(declined.version) })).status).toBe("error");
    expect(await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).toEqual(declined);
  });

  it.each([
    ["the proposing side", EMAILS.editorA],
    ["the receiving side", EMAILS.ownerB],
  ])("%s ends a confirmed link with a reason; it is kept, not deleted, and leaves the public page", async (_, email) => {
    const link = await proposeAtoB();
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await confirmReferral(idle, { referralId: link.id, version: String(link.version) })).status).toBe("success");
    const confirmed = await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } });
    actAs(await userId(t.db, email));
    const noReason = await endReferral(idle, { referralId: link.id, version: String(confirmed.version), reason: "" });
    expect(noReason.status === "error" && noReason.fieldErrors?.reason).toEqual(["Vul dit veld in."]);
    expect((await endReferral(idle, { referralId: link.id, version: String(confirmed.version), reason: "Het spreekuur stopt." })).status).toBe("success");
    const ended = await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(ended).toMatchObject({ status: "ENDED", endReason: "Het spreekuur stopt.", endedById: await userId(t.db, email) });
    expect(ended.endedAt).not.toBeNull();
    expect(await publicReferralIds(SLUGS.a)).not.toContain(link.id);
    expect(await publicReferralIds(SLUGS.b)).not.toContain(link.id);
    expect(await t.db.revision.count({ where: { entityId: link.id, action: "ARCHIVE" } })).toBe(2);
  });

  it("the receiving side cannot withdraw a proposal; the proposing side can", async () => {
    const link = await proposeAtoB();
    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await endReferral(idle, { referralId: link.id, version: String(link.version), reason: "Weg" })).status).toBe("error");
    expect(await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).toEqual(link);
    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await endReferral(idle, { referralId: link.id, version: String(link.version), reason: "Toch niet" })).status).toBe("success");
    expect((await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("ENDED");
  });

  it("refuses a coordinator of a third organisation and anonymous visitors everywhere", async () => {
    const link = await proposeAtoB();
    const outsider = await t.db.user.create({
      data: { email: "derde@sociale-kaart.test", memberships: { create: { organization: { connect: { slug: "inloop-geld-en-post-zuilen" } }, role: "OWNER" } } },
    });
    for (const who of [outsider.id, null]) {
      actAs(who);
      expect((await confirmReferral(idle, { referralId: link.id, version: String(link.version) })).status).toBe("error");
      expect((await declineReferral(idle, { referralId: link.id, version: String(link.version) })).status).toBe("error");
      expect((await endReferral(idle, { referralId: link.id, version: String(link.version), reason: "x" })).status).toBe("error");
      expect((await updateReferral(idle, await proposalChange(link.id, link.version))).status).toBe("error");
    }
    expect(await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).toEqual(link);
  });

  it("lets a moderator confirm and end any link", async () => {
    const link = await proposeAtoB();
    actAs(await userId(t.db, EMAILS.moderator));
    expect((await confirmReferral(idle, { referralId: link.id, version: String(link.version) })).status).toBe("success");
    const confirmed = await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } });
    expect((await endReferral(idle, { referralId: link.id, version: String(confirmed.version), reason: "Dubbel" })).status).toBe("success");
    expect((await t.db.referralLink.findUniqueOrThrow({ where: { id: link.id } })).status).toBe("ENDED");
  });
});

describe("the public organisation page", () => {
  it("shows only confirmed links and never the professional contact or who proposed", async () => {
    const a = await organisationId(t.db, SLUGS.a);
    const statuses = await t.db.referralLink.findMany({ where: { OR: [{ fromOrganizationId: a }, { toOrganizationId: a }] }, select: { id: true, status: true } });
    const shown = await publicReferralIds(SLUGS.a);
    for (const { id, status } of statuses) expect(shown.includes(id)).toBe(status === "CONFIRMED");
    const detail = await getPublishedOrganisationDetail(SLUGS.a);
    for (const referral of [...(detail?.referralsOut ?? []), ...(detail?.referralsIn ?? [])]) {
      expect(referral).not.toHaveProperty("professionalContact");
      expect(referral).not.toHaveProperty("proposedById");
      expect(referral).not.toHaveProperty("proposedBy");
    }
  });
});
