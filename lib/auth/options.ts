// next-auth configuration. Sessions are signed JWT cookies (needed for password sign-in); who
// someone is and what they may do is read fresh from the database on every request (see
// session.ts), so a changed role or a removed membership counts at once. Each session carries
// the account's session version: signing out or a new password ends all older sessions at
// once (session-version.ts).
import "server-only";
import type { Adapter } from "next-auth/adapters";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { db } from "../db";
import { env } from "../env";
import { magicLinkMail } from "../mail/templates";
import { mailDeliverable, sendMail } from "../mail/send";
import { authSecret } from "./secret";
import { checkPassword, normalizeEmail } from "./sign-in";
import { clientIp } from "./client-ip";
import { currentSessionVersion, endSessionsFrom } from "./session-version";

/** What a session carries besides next-auth's fields. */
export type SessionIdentity = { id?: string; sessionVersion?: number };

/** Magic links need a way to deliver mail: SMTP, or the development mailbox. */
export function magicLinksEnabled(): boolean {
  return mailDeliverable();
}

export const SIGN_IN_PAGE = "/beheer/inloggen";

export function authOptions(): AuthOptions {
  const providers: AuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail en wachtwoord",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        if (!credentials?.email || !credentials.password) return null;
        const result = await checkPassword(db, {
          email: credentials.email,
          password: credentials.password,
          ip: clientIp(request?.headers ?? {}),
        });
        // The message reaches the sign-in form as `error`; it names no account.
        if (!result.ok) throw new Error(result.reason === "throttled" ? "throttled" : "invalid");
        return result.user;
      },
    }),
  ];
  if (magicLinksEnabled()) {
    providers.push(
      EmailProvider({
        server: env().SMTP_URL ?? "smtp://localhost:25",
        from: env().MAIL_FROM,
        maxAge: 3600,
        normalizeIdentifier: normalizeEmail,
        // A dropped mail must not end on "check your mailbox": next-auth shows its error instead.
        async sendVerificationRequest({ identifier, url }) {
          if (!(await sendMail(magicLinkMail({ to: identifier, link: url })))) throw new Error("mail not delivered");
        },
      }),
    );
  }
  return {
    adapter: PrismaAdapter(db) as Adapter,
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 8 * 3600 },
    pages: { signIn: SIGN_IN_PAGE, error: SIGN_IN_PAGE, verifyRequest: `${SIGN_IN_PAGE}?link=verstuurd` },
    providers,
    callbacks: {
      // Magic links only for existing, active accounts: nobody gets an account by asking for a link.
      async signIn({ user, account }) {
        if (account?.provider !== "email") return true;
        const email = normalizeEmail(user.email ?? "");
        const existing = await db.user.findUnique({ where: { email }, select: { disabledAt: true } });
        return Boolean(existing && !existing.disabledAt);
      },
      // At sign-in only (`user` is set then): the session gets the account's current version.
      async jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (await currentSessionVersion(db, user.id)) ?? 0;
        }
        return token;
      },
      // Also what /api/auth/session answers: an ended session has no user there either.
      async session({ session, token }) {
        const version = typeof token.sv === "number" ? token.sv : 0;
        if (!token.sub || (await currentSessionVersion(db, token.sub)) !== version) return { expires: session.expires };
        if (session.user) Object.assign(session.user, { id: token.sub, sessionVersion: version } satisfies SessionIdentity);
        return session;
      },
    },
    events: {
      // Signing out here signs out everywhere: the JWT in other browsers cannot be recalled.
      async signOut({ token }) {
        if (token?.sub) await endSessionsFrom(db, token.sub, typeof token.sv === "number" ? token.sv : 0);
      },
    },
  };
}
