// The action wrapper: public actions (the report form on a public page) never look up a
// session; the others do, and refuse visitors without one.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

const getCurrentUser = vi.hoisted(() => vi.fn(async () => null));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser }));
// Behind one trusted proxy, whose X-Forwarded-For names the client (lib/auth/client-ip.ts).
vi.hoisted(() => vi.stubEnv("TRUST_PROXY", "1"));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, { has: () => true });
  return { getLocale: async () => "nl", getTranslations: async () => t };
});

const { defineAction } = await import("@/lib/actions/action");

describe("defineAction", () => {
  beforeEach(() => getCurrentUser.mockClear());

  it("runs a public action without reading the session", async () => {
    const run = vi.fn(async () => ({ message: "bedankt" }));
    const action = defineAction({ schema: z.object({ note: z.string() }), access: "public", run });
    const state = await action({ status: "idle" }, { note: "x" });
    expect(state).toMatchObject({ status: "success", message: "bedankt" });
    expect(getCurrentUser).not.toHaveBeenCalled();
    expect(run).toHaveBeenCalledWith({ note: "x" }, expect.objectContaining({ user: null, ip: "203.0.113.9" }));
  });

  it("reads the session for other actions and refuses a visitor without one", async () => {
    const run = vi.fn(async () => undefined);
    const action = defineAction({ schema: z.object({}), access: "signed-in", run });
    const state = await action({ status: "idle" }, {});
    expect(getCurrentUser).toHaveBeenCalledTimes(1);
    expect(state).toMatchObject({ status: "error", message: "errors.signedOut" });
    expect(run).not.toHaveBeenCalled();
  });
});
