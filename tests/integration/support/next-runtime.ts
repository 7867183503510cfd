// Lets server actions run inside vitest against the real database. Only the parts of the
// Next.js request runtime that do not exist outside a request are replaced: the session
// cookie lookup (next-auth's getServerSession), request headers, the locale, cache
// revalidation and `connection()`. Everything else — the action wrapper, zod, permissions,
// queries, transactions — is the real code. Tests choose who acts with `actAs`.
import { vi } from "vitest";
import { createTranslator } from "next-intl";
import { loadMessagesForTests } from "./messages";
import { installPeerAddressHeader } from "../../../lib/auth/peer-address";

type Runtime = { userId: string | null; locale: "nl" | "en"; ip: string; forwardedFor?: string };

const runtime: Runtime = { userId: null, locale: "nl", ip: "203.0.113.1" };

/**
 * Who the next action calls run as (null: an anonymous visitor). `ip` is the connection's
 * address (as the server's socket sees it); `forwardedFor` an X-Forwarded-For the client sends.
 */
export function actAs(userId: string | null, options: { locale?: "nl" | "en"; ip?: string; forwardedFor?: string } = {}): void {
  runtime.userId = userId;
  runtime.locale = options.locale ?? "nl";
  runtime.ip = options.ip ?? "203.0.113.1";
  runtime.forwardedFor = options.forwardedFor;
}

vi.mock("next-auth", async (importOriginal) => {
  const original = await importOriginal<typeof import("next-auth")>();
  return {
    ...original,
    getServerSession: async () => (runtime.userId ? { user: { id: runtime.userId }, expires: new Date(Date.now() + 3600_000).toISOString() } : null),
  };
});

// The socket address arrives as the running server puts it (lib/auth/peer-address.ts).
const peerHeader = installPeerAddressHeader();

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": runtime.forwardedFor ?? runtime.ip, [peerHeader]: runtime.ip }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
}));

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, unstable_cache: <T>(fn: T) => fn }));

vi.mock("next/server", async (importOriginal) => {
  const original = await importOriginal<typeof import("next/server")>();
  return { ...original, connection: async () => {} };
});

vi.mock("next-intl/server", async (importOriginal) => {
  const original = await importOriginal<typeof import("next-intl/server")>();
  return {
    ...original,
    getLocale: async () => runtime.locale,
    getTranslations: async (options?: string | { locale?: string; namespace?: string }) => {
      const namespace = typeof options === "string" ? options : options?.namespace;
      const locale = (typeof options === "object" && options?.locale) || runtime.locale;
      return createTranslator({ locale, messages: await loadMessagesForTests(locale as "nl" | "en"), namespace: namespace as never });
    },
  };
});
