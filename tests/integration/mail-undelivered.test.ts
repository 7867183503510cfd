// Without a way to deliver mail (production without SMTP_URL and without the development
// mailbox) no page may say a mail was sent. DEV_MAILBOX=0 without SMTP_URL is that situation.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, SLUGS, organisationId, userId } from "./support/users";
import { inviteMember } from "../../lib/access/invitation-actions";
import { findUsableInvitation } from "../../lib/access/queries";
import { requestPasswordReset } from "../../lib/access/password-actions";
import { sendReviewMails } from "../../lib/moderation/review-mail";
import { resetEnv } from "../../lib/env";

const t = withTestDatabase();

beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("DEV_MAILBOX", "0");
  resetEnv();
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  resetEnv();
});

describe("mail that cannot be delivered", () => {
  it("gives the inviter the one-time link to pass on, and does not say the invitation was sent", async () => {
    actAs(await userId(t.db, EMAILS.ownerA));
    const state = await inviteMember({ status: "idle" }, { organizationId: await organisationId(t.db, SLUGS.a), email: "zonder.mail@voorbeeld.nl", role: "EDITOR" });
    expect(state.status).toBe("success");
    if (state.status !== "success") return;
    expect(state.message).toContain("kon niet worden verstuurd");
    expect(state.message).not.toContain("is verstuurd naar");
    const token = /\/beheer\/uitnodiging\/([A-Za-z0-9_-]+)$/.exec(state.data?.link ?? "")?.[1];
    expect(token).toBeTruthy();
    expect(await findUsableInvitation(token!)).toMatchObject({ email: "zonder.mail@voorbeeld.nl" });
    expect(await t.db.devMail.count({ where: { to: "zonder.mail@voorbeeld.nl" } })).toBe(0);
  });

  it("tells an anonymous visitor asking for a reset link that the site cannot send mail, for every address, and shows no link", async () => {
    for (const email of [EMAILS.ownerA, "onbekend@voorbeeld.nl"]) {
      actAs(null, { ip: "198.51.100.77" });
      const state = await requestPasswordReset({ status: "idle" }, { email });
      expect(state).toMatchObject({ status: "error" });
      expect(state.status === "error" && state.message).toMatch(/geen e-mail versturen.*moderator/);
      expect(JSON.stringify(state)).not.toMatch(/wachtwoord\//);
    }
    expect(await t.db.passwordResetToken.count()).toBe(0);
  });

  it("reports review mails as not sent, so the moderator is told", async () => {
    const organisation = await t.db.organization.findUniqueOrThrow({ where: { slug: SLUGS.a }, select: { id: true, slug: true, name: true, submittedById: true } });
    expect(await sendReviewMails([EMAILS.ownerA], organisation, { approved: true })).toBe(false);
  });
});
