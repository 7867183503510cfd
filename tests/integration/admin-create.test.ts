// `npm run admin:create -- <e-mail>`: the first real admin, without a known password.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS } from "./support/users";
import { createAdminWithLink } from "../../lib/access/admin-account";
import { isUsableResetToken } from "../../lib/access/queries";
import { resetPassword } from "../../lib/access/password-actions";
import { checkPassword } from "../../lib/auth/sign-in";

const t = withTestDatabase();
const BASE = "https://kaart.example";

function tokenOf(link: string): string {
  const match = /^https:\/\/kaart\.example\/beheer\/wachtwoord\/([A-Za-z0-9_-]+)$/.exec(link);
  if (!match) throw new Error(`unexpected link ${link}`);
  return match[1];
}

describe("createAdminWithLink", () => {
  it("creates an admin without a password; the one-time link lets them choose one and sign in", async () => {
    const result = await createAdminWithLink(t.db, { email: " Nieuwe.Beheerder@Gemeente.nl ", baseUrl: BASE });
    expect(result).toMatchObject({ email: "nieuwe.beheerder@gemeente.nl", created: true });
    const user = await t.db.user.findUniqueOrThrow({ where: { email: result.email }, select: { role: true, passwordHash: true } });
    expect(user).toEqual({ role: "ADMIN", passwordHash: null });
    expect(result.expiresAt.getTime() - Date.now()).toBeGreaterThan(23.9 * 3600_000);
    const token = tokenOf(result.link);
    expect(await t.db.passwordResetToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await isUsableResetToken(token)).toBe(true);

    actAs(null);
    const state = await resetPassword({ status: "idle" }, { token, password: "een lang nieuw wachtwoord", passwordRepeat: "een lang nieuw wachtwoord" });
    expect(state.status).toBe("success");
    expect(await isUsableResetToken(token)).toBe(false);
    expect(await checkPassword(t.db, { email: result.email, password: "een lang nieuw wachtwoord", ip: "192.0.2.1" })).toMatchObject({ ok: true });
  });

  it("promotes an existing account and voids its earlier link", async () => {
    const first = await createAdminWithLink(t.db, { email: EMAILS.ownerA, baseUrl: BASE });
    const second = await createAdminWithLink(t.db, { email: EMAILS.ownerA, baseUrl: BASE });
    expect(second.created).toBe(false);
    expect(await t.db.user.findUniqueOrThrow({ where: { email: EMAILS.ownerA }, select: { role: true } })).toEqual({ role: "ADMIN" });
    expect(await isUsableResetToken(tokenOf(first.link))).toBe(false);
    expect(await isUsableResetToken(tokenOf(second.link))).toBe(true);
  });

  it("refuses something that is not an e-mail address", async () => {
    await expect(createAdminWithLink(t.db, { email: "niet-een-adres", baseUrl: BASE })).rejects.toThrow(/geen e-mailadres/);
  });
});
