// "Wachtwoord vergeten" from request to new password, and the sign-in throttle it lifts.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, userId } from "./support/users";
import { requestPasswordReset, resetPassword } from "../../lib/access/password-actions";
import { isUsableResetToken } from "../../lib/access/queries";
import { checkPassword } from "../../lib/auth/sign-in";
import { verifyPassword } from "../../lib/auth/password";
import { newToken } from "../../lib/auth/tokens";

const t = withTestDatabase();
const DEV_PASSWORD = "sociale-kaart-dev";
const NEW_PASSWORD = "een nieuw lang wachtwoord";
const SAME_ANSWER = /Als dit e-mailadres bij ons bekend is/;
let ipCounter = 0;

/** Each request from its own address, so the per-IP limit only counts where a test means it to. */
function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter}`;
}

async function tokenFromLatestMail(to: string): Promise<string> {
  const mail = await t.db.devMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = /\/beheer\/wachtwoord\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no reset link in: ${mail.text}`);
  return match[1];
}

async function passwordMatches(email: string, password: string): Promise<boolean> {
  const user = await t.db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
  return verifyPassword(user.passwordHash, password);
}

async function askForLink(email: string, ip = freshIp()) {
  actAs(null, { ip });
  return requestPasswordReset({ status: "idle" }, { email });
}

describe("password reset", () => {
  it("mails a one-time link, sets the new password and lifts the sign-in throttle", async () => {
    const email = EMAILS.ownerB;
    const now = new Date();
    const ip = freshIp();
    for (let i = 0; i < 10; i += 1) await checkPassword(t.db, { email, password: "fout", ip }, now);
    expect(await checkPassword(t.db, { email, password: DEV_PASSWORD, ip }, now)).toMatchObject({ ok: false, reason: "throttled" });

    const asked = await askForLink(email);
    expect(asked.status).toBe("success");
    expect(asked.status === "success" && asked.message).toMatch(SAME_ANSWER);
    const token = await tokenFromLatestMail(email);
    expect(await isUsableResetToken(token)).toBe(true);

    actAs(null);
    const state = await resetPassword({ status: "idle" }, { token, password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD });
    expect(state).toMatchObject({ status: "success", data: { email } });
    expect(await passwordMatches(email, NEW_PASSWORD)).toBe(true);
    // The address that was throttled for this account may try again at once.
    expect(await checkPassword(t.db, { email, password: NEW_PASSWORD, ip }, now)).toMatchObject({ ok: true });
    expect(await isUsableResetToken(token)).toBe(false);

    const again = await resetPassword({ status: "idle" }, { token, password: "nog een ander wachtwoord", passwordRepeat: "nog een ander wachtwoord" });
    expect(again).toMatchObject({ status: "error", message: "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan." });
    expect(await passwordMatches(email, NEW_PASSWORD)).toBe(true);
  });

  it("gives the same answer for an unknown address and sends nothing", async () => {
    const mailsBefore = await t.db.devMail.count();
    const tokensBefore = await t.db.passwordResetToken.count();
    const state = await askForLink("niemand@voorbeeld.nl");
    expect(state.status === "success" && state.message).toMatch(SAME_ANSWER);
    expect(await t.db.devMail.count()).toBe(mailsBefore);
    expect(await t.db.passwordResetToken.count()).toBe(tokensBefore);
  });

  it("voids the account's other open links when one is used", async () => {
    const email = EMAILS.editorA;
    await askForLink(email);
    const first = await tokenFromLatestMail(email);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await askForLink(email);
    const second = await tokenFromLatestMail(email);
    expect(second).not.toBe(first);
    actAs(null);
    expect((await resetPassword({ status: "idle" }, { token: second, password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD })).status).toBe("success");
    const late = await resetPassword({ status: "idle" }, { token: first, password: "weer iets anders hier", passwordRepeat: "weer iets anders hier" });
    expect(late.status).toBe("error");
    expect(await passwordMatches(email, NEW_PASSWORD)).toBe(true);
  });

  it("refuses an expired link and changes nothing", async () => {
    const id = await userId(t.db, EMAILS.admin);
    const { token, tokenHash } = newToken();
    await t.db.passwordResetToken.create({ data: { tokenHash, userId: id, expiresAt: new Date(Date.now() - 60_000) } });
    expect(await isUsableResetToken(token)).toBe(false);
    actAs(null);
    const state = await resetPassword({ status: "idle" }, { token, password: NEW_PASSWORD, passwordRepeat: NEW_PASSWORD });
    expect(state).toMatchObject({ status: "error", message: "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan." });
    expect(await passwordMatches(EMAILS.admin, DEV_PASSWORD)).toBe(true);
    expect((await t.db.passwordResetToken.findUniqueOrThrow({ where: { tokenHash } })).usedAt).toBeNull();
  });

  it("checks the new password: long enough and typed the same twice", async () => {
    const email = EMAILS.moderator;
    await askForLink(email);
    const token = await tokenFromLatestMail(email);
    actAs(null);
    const short = await resetPassword({ status: "idle" }, { token, password: "kort", passwordRepeat: "kort" });
    expect(short.status === "error" && short.fieldErrors?.password).toEqual(["Kies een wachtwoord van minstens 10 tekens."]);
    const different = await resetPassword({ status: "idle" }, { token, password: NEW_PASSWORD, passwordRepeat: "iets heel anders" });
    expect(different.status === "error" && different.fieldErrors?.passwordRepeat).toEqual(["De twee wachtwoorden zijn niet gelijk."]);
    expect(await passwordMatches(email, DEV_PASSWORD)).toBe(true);
    expect(await isUsableResetToken(token)).toBe(true);
  });

  it("throttles requests per IP address without sending more mail", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i += 1) expect((await askForLink(`onbekend${i}@voorbeeld.nl`, ip)).status).toBe("success");
    const mailsBefore = await t.db.devMail.count();
    const tokensBefore = await t.db.passwordResetToken.count();
    const state = await askForLink(EMAILS.ownerA, ip);
    expect(state).toMatchObject({ status: "error", message: "Te veel pogingen. Wacht een uur en probeer het dan opnieuw." });
    expect(await t.db.devMail.count()).toBe(mailsBefore);
    expect(await t.db.passwordResetToken.count()).toBe(tokensBefore);
  });
});
