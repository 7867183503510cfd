// Inviting people to help keep a listing right, and accepting (new and existing accounts).
import { beforeEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { acceptInvitation, acceptInvitationWithAccount, inviteMember, revokeInvitation } from "../../lib/access/invitation-actions";
import { findUsableInvitation, listOpenInvitations } from "../../lib/access/queries";
import { checkPassword } from "../../lib/auth/sign-in";
import { newToken } from "../../lib/auth/tokens";
import type { SessionUser } from "../../lib/auth/session";

const t = withTestDatabase();
const PASSWORD = "mijn eigen wachtwoord";
const INVALID = "Deze uitnodiging is verlopen, al gebruikt of ingetrokken. Vraag om een nieuwe.";
let orgA = "";
let orgB = "";

beforeEach(async () => {
  orgA = await organisationId(t.db, SLUGS.a);
  orgB = await organisationId(t.db, SLUGS.b);
});

async function invite(actorEmail: string, input: { organizationId: string; email: string; role: "OWNER" | "EDITOR" }) {
  actAs(await userId(t.db, actorEmail));
  return inviteMember({ status: "idle" }, input);
}

async function tokenFromLatestMail(to: string): Promise<string> {
  const mail = await t.db.devMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = /\/beheer\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no invitation link in: ${mail.text}`);
  return match[1];
}

async function invitationState() {
  const [invitations, memberships, users] = await Promise.all([
    t.db.invitation.findMany({ orderBy: { id: "asc" } }),
    t.db.membership.findMany({ orderBy: [{ organizationId: "asc" }, { userId: "asc" }] }),
    t.db.user.count(),
  ]);
  return { invitations, memberships, users };
}

describe("inviting", () => {
  it("lets an owner invite by e-mail: one open invitation, a mail with a link, a revision", async () => {
    const state = await invite(EMAILS.ownerA, { organizationId: orgA, email: " Nieuw.Lid@Voorbeeld.nl ", role: "EDITOR" });
    expect(state).toMatchObject({ status: "success", message: "De uitnodiging is verstuurd naar nieuw.lid@voorbeeld.nl." });
    const invitation = await t.db.invitation.findFirstOrThrow({ where: { email: "nieuw.lid@voorbeeld.nl", organizationId: orgA } });
    expect(invitation.role).toBe("EDITOR");
    expect(invitation.expiresAt.getTime() - Date.now()).toBeGreaterThan(13.9 * 24 * 3600_000);
    const token = await tokenFromLatestMail("nieuw.lid@voorbeeld.nl");
    expect(invitation.tokenHash).not.toContain(token);
    expect(await findUsableInvitation(token)).toMatchObject({ email: "nieuw.lid@voorbeeld.nl", hasAccount: false, organization: { id: orgA } });
    const revision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Invitation", entityId: invitation.id } });
    expect(revision).toMatchObject({ action: "CREATE", organizationId: orgA });
    expect(JSON.stringify(revision.after)).not.toMatch(/token/i);
    const owner = { id: await userId(t.db, EMAILS.ownerA), role: "USER" } as SessionUser;
    expect((await listOpenInvitations(owner, orgA)).map((i) => i.email)).toContain("nieuw.lid@voorbeeld.nl");
  });

  it("replaces an open invitation to the same address: only the newest link works", async () => {
    await invite(EMAILS.ownerA, { organizationId: orgA, email: "twee.keer@voorbeeld.nl", role: "EDITOR" });
    const first = await tokenFromLatestMail("twee.keer@voorbeeld.nl");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await invite(EMAILS.ownerA, { organizationId: orgA, email: "twee.keer@voorbeeld.nl", role: "OWNER" });
    const second = await tokenFromLatestMail("twee.keer@voorbeeld.nl");
    expect(await findUsableInvitation(first)).toBeNull();
    expect(await findUsableInvitation(second)).toMatchObject({ role: "OWNER" });
  });

  it("says so when the person is already a member, and writes nothing", async () => {
    const before = await invitationState();
    const state = await invite(EMAILS.ownerA, { organizationId: orgA, email: EMAILS.editorA, role: "OWNER" });
    expect(state.status === "error" && state.fieldErrors?.email).toEqual(["Deze persoon hoort al bij de organisatie."]);
    expect(await invitationState()).toEqual(before);
  });

  it("refuses an editor, the owner of another organisation and visitors; nothing is written", async () => {
    const before = await invitationState();
    const mails = await t.db.devMail.count();
    const input = { organizationId: orgA, email: "indringer@voorbeeld.nl", role: "OWNER" as const };
    expect(await invite(EMAILS.editorA, input)).toMatchObject({ status: "error", message: expect.stringMatching(/mag u niet/) });
    expect(await invite(EMAILS.ownerB, input)).toMatchObject({ status: "error", message: expect.stringMatching(/mag u niet/) });
    actAs(null);
    expect(await inviteMember({ status: "idle" }, input)).toMatchObject({ status: "error", message: expect.stringMatching(/niet \(meer\) ingelogd/) });
    expect(await invitationState()).toEqual(before);
    expect(await t.db.devMail.count()).toBe(mails);
  });

  it("lets a moderator invite to any organisation", async () => {
    const state = await invite(EMAILS.moderator, { organizationId: orgB, email: "via.moderator@voorbeeld.nl", role: "OWNER" });
    expect(state.status).toBe("success");
    expect(await t.db.invitation.count({ where: { organizationId: orgB, email: "via.moderator@voorbeeld.nl" } })).toBe(1);
  });

  it("lets an owner withdraw an invitation; not the owner of another organisation", async () => {
    await invite(EMAILS.ownerA, { organizationId: orgA, email: "intrekken@voorbeeld.nl", role: "EDITOR" });
    const token = await tokenFromLatestMail("intrekken@voorbeeld.nl");
    const invitation = await t.db.invitation.findFirstOrThrow({ where: { email: "intrekken@voorbeeld.nl" }, orderBy: { createdAt: "desc" } });

    actAs(await userId(t.db, EMAILS.ownerB));
    expect((await revokeInvitation({ status: "idle" }, { invitationId: invitation.id })).status).toBe("error");
    expect((await t.db.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();

    actAs(await userId(t.db, EMAILS.ownerA));
    expect((await revokeInvitation({ status: "idle" }, { invitationId: invitation.id })).status).toBe("success");
    expect(await findUsableInvitation(token)).toBeNull();
    expect(await t.db.revision.count({ where: { entityType: "Invitation", entityId: invitation.id, action: "DELETE" } })).toBe(1);

    actAs(null);
    const state = await acceptInvitationWithAccount({ status: "idle" }, { token, name: "Te laat", password: PASSWORD, passwordRepeat: PASSWORD });
    expect(state).toMatchObject({ status: "error", message: INVALID });
    expect(await t.db.user.count({ where: { email: "intrekken@voorbeeld.nl" } })).toBe(0);
  });
});

describe("accepting", () => {
  it("creates the account and the membership for someone new; the link then stops working", async () => {
    await invite(EMAILS.ownerA, { organizationId: orgA, email: "nieuwkomer@voorbeeld.nl", role: "EDITOR" });
    const token = await tokenFromLatestMail("nieuwkomer@voorbeeld.nl");
    actAs(null);
    const state = await acceptInvitationWithAccount({ status: "idle" }, { token, name: "Nina Nieuwkomer", password: PASSWORD, passwordRepeat: PASSWORD });
    expect(state).toMatchObject({ status: "success", data: { email: "nieuwkomer@voorbeeld.nl" } });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "nieuwkomer@voorbeeld.nl" } });
    expect(user).toMatchObject({ name: "Nina Nieuwkomer", role: "USER" });
    expect(user.emailVerified).not.toBeNull();
    expect(await t.db.membership.findUnique({ where: { userId_organizationId: { userId: user.id, organizationId: orgA } } })).toMatchObject({ role: "EDITOR" });
    expect(await checkPassword(t.db, { email: user.email, password: PASSWORD, ip: "192.0.2.10" })).toMatchObject({ ok: true });
    const membershipRevision = await t.db.revision.findFirstOrThrow({ where: { entityType: "Membership", entityId: user.id, organizationId: orgA } });
    expect(membershipRevision).toMatchObject({ action: "CREATE", userId: user.id });
    expect(JSON.stringify(membershipRevision.after)).not.toMatch(/password|hash/i);

    const before = await invitationState();
    const again = await acceptInvitationWithAccount({ status: "idle" }, { token, name: "Nog een", password: PASSWORD, passwordRepeat: PASSWORD });
    expect(again).toMatchObject({ status: "error", message: INVALID });
    expect(await invitationState()).toEqual(before);
  });

  it("checks the new account's fields and writes nothing when they are wrong", async () => {
    await invite(EMAILS.ownerA, { organizationId: orgA, email: "velden@voorbeeld.nl", role: "EDITOR" });
    const token = await tokenFromLatestMail("velden@voorbeeld.nl");
    const before = await invitationState();
    actAs(null);
    const state = await acceptInvitationWithAccount({ status: "idle" }, { token, name: "", password: "kort", passwordRepeat: "kort" });
    expect(state.status === "error" && state.fieldErrors).toMatchObject({ name: ["Vul dit veld in."], password: ["Kies een wachtwoord van minstens 10 tekens."] });
    expect(await invitationState()).toEqual(before);
  });

  it("adds an existing account with one click, only when signed in as the invited address", async () => {
    await invite(EMAILS.ownerA, { organizationId: orgA, email: EMAILS.ownerB, role: "OWNER" });
    const token = await tokenFromLatestMail(EMAILS.ownerB);
    expect(await findUsableInvitation(token)).toMatchObject({ hasAccount: true });

    const before = await invitationState();
    actAs(await userId(t.db, EMAILS.editorA));
    expect((await acceptInvitation({ status: "idle" }, { token })).status).toBe("error");
    actAs(null);
    expect((await acceptInvitation({ status: "idle" }, { token })).status).toBe("error");
    expect(await acceptInvitationWithAccount({ status: "idle" }, { token, name: "Kaper", password: PASSWORD, passwordRepeat: PASSWORD })).toMatchObject({
      status: "error",
      message: "Er bestaat al een account met dit e-mailadres. Log in, of vraag een nieuw wachtwoord aan.",
    });
    expect(await invitationState()).toEqual(before);

    const ownerB = await userId(t.db, EMAILS.ownerB);
    actAs(ownerB);
    expect(await acceptInvitation({ status: "idle" }, { token })).toMatchObject({ status: "success", data: { organizationId: orgA } });
    expect(await t.db.membership.findUnique({ where: { userId_organizationId: { userId: ownerB, organizationId: orgA } } })).toMatchObject({ role: "OWNER" });
    expect((await t.db.invitation.findFirstOrThrow({ where: { email: EMAILS.ownerB, organizationId: orgA } })).acceptedAt).not.toBeNull();
    expect(await acceptInvitation({ status: "idle" }, { token })).toMatchObject({ status: "error", message: INVALID });
  });

  it("says 'already a member' when someone who already helps opens a fresh invitation", async () => {
    const { token, tokenHash } = newToken();
    const editor = await userId(t.db, EMAILS.editorA);
    await t.db.invitation.create({ data: { tokenHash, email: EMAILS.editorA, organizationId: orgA, role: "OWNER", expiresAt: new Date(Date.now() + 3600_000) } });
    const before = await invitationState();
    actAs(editor);
    expect(await acceptInvitation({ status: "idle" }, { token })).toMatchObject({ status: "error", message: "Deze persoon hoort al bij de organisatie." });
    expect(await invitationState()).toEqual(before);
  });

  it("refuses an expired invitation and changes nothing", async () => {
    const { token, tokenHash } = newToken();
    await t.db.invitation.create({ data: { tokenHash, email: "verlopen@voorbeeld.nl", organizationId: orgA, role: "EDITOR", expiresAt: new Date(Date.now() - 1000) } });
    expect(await findUsableInvitation(token)).toBeNull();
    const before = await invitationState();
    actAs(null);
    expect(await acceptInvitationWithAccount({ status: "idle" }, { token, name: "Te laat", password: PASSWORD, passwordRepeat: PASSWORD })).toMatchObject({
      status: "error",
      message: INVALID,
    });
    expect(await invitationState()).toEqual(before);
  });
});
