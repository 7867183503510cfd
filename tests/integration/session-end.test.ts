// Signing out, or setting a new password, ends every session of the account at once — also a
// session cookie copied elsewhere, which next-auth's JWT alone would honour for hours. The
// tokens here are real next-auth JWTs (encoded and decoded with the app's secret) run through
// the app's own callbacks, as next-auth does on every request.
import { describe, expect, it } from "vitest";
import { decode, encode, type JWT } from "next-auth/jwt";
import type { Session } from "next-auth";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { EMAILS, userId } from "./support/users";
import { authOptions } from "../../lib/auth/options";
import { authSecret } from "../../lib/auth/secret";
import { userForSession } from "../../lib/auth/session";
import { resetPassword } from "../../lib/access/password-actions";
import { createAdminWithLink } from "../../lib/access/admin-account";

const t = withTestDatabase();

/** Signing in: next-auth calls jwt() with the user, then stores the encoded token in the cookie. */
async function signIn(id: string): Promise<string> {
  const token = (await authOptions().callbacks!.jwt!({ token: { sub: id }, user: { id }, account: null, trigger: "signIn" } as never)) as JWT;
  return encode({ token, secret: authSecret() });
}

/** A later request with that cookie: decode, jwt() without user, session(), then the app's check. */
async function requestWith(cookie: string) {
  const options = authOptions();
  const decoded = await decode({ token: cookie, secret: authSecret() });
  const token = (await options.callbacks!.jwt!({ token: decoded!, user: undefined, account: null } as never)) as JWT;
  const session = (await options.callbacks!.session!({ session: { user: {}, expires: new Date(Date.now() + 3600_000).toISOString() }, token } as never)) as Session;
  return { session, user: await userForSession(session), token };
}

describe("ending sessions", () => {
  it("after signing out, the old session cookie — in this browser or any other — no longer works", async () => {
    const id = await userId(t.db, EMAILS.ownerA);
    const laptop = await signIn(id);
    const phone = await signIn(id);
    expect((await requestWith(laptop)).user?.email).toBe(EMAILS.ownerA);
    expect((await requestWith(phone)).user?.email).toBe(EMAILS.ownerA);

    // Sign out on the laptop: next-auth hands the decoded token to the signOut event.
    await authOptions().events!.signOut!({ token: (await decode({ token: laptop, secret: authSecret() }))! } as never);

    for (const cookie of [laptop, phone]) {
      const { session, user } = await requestWith(cookie);
      expect(user).toBeNull();
      expect(session.user).toBeUndefined(); // /api/auth/session says signed out too
    }
    // Signing in again works, and an old cookie signing out does not end the new session.
    const fresh = await signIn(id);
    await authOptions().events!.signOut!({ token: (await decode({ token: phone, secret: authSecret() }))! } as never);
    expect((await requestWith(fresh)).user?.email).toBe(EMAILS.ownerA);
  });

  it("after a password reset, every session made before it is refused", async () => {
    const result = await createAdminWithLink(t.db, { email: EMAILS.ownerB, baseUrl: "https://kaart.example" });
    const id = await userId(t.db, EMAILS.ownerB);
    const stolen = await signIn(id);
    expect((await requestWith(stolen)).user).not.toBeNull();

    actAs(null);
    const token = result.link.split("/").pop()!;
    const state = await resetPassword({ status: "idle" }, { token, password: "een heel nieuw wachtwoord", passwordRepeat: "een heel nieuw wachtwoord" });
    expect(state.status).toBe("success");

    expect((await requestWith(stolen)).user).toBeNull();
    expect((await requestWith(await signIn(id))).user?.email).toBe(EMAILS.ownerB);
  });
});
