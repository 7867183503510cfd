// Without SMTP, mail goes to the log: in production that must not hold the links in the mail
// (sign-in, password reset, invitation), which anyone reading the log could use.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";

const devMail = vi.hoisted(() => ({ create: vi.fn(async () => ({})) }));
vi.mock("@/lib/db", () => ({ db: { devMail } }));

const { mailDeliverable, sendMail } = await import("@/lib/mail/send");
const mail = { to: "coordinator@example.nl", subject: "Je nieuwe wachtwoord", text: "Open https://kaart.example/beheer/wachtwoord/GEHEIM-TOKEN" };

function logged(): string {
  const calls = [...vi.mocked(console.info).mock.calls, ...vi.mocked(console.warn).mock.calls];
  return calls.flat().map(String).join("\n");
}

describe("sendMail without SMTP", () => {
  beforeEach(() => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    devMail.create.mockClear();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    resetEnv();
  });

  it("logs the whole mail in development, and keeps it for the mailbox", async () => {
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("SMTP_URL", "");
    resetEnv();
    expect(await sendMail(mail)).toBe(true);
    expect(logged()).toContain("GEHEIM-TOKEN");
    expect(devMail.create).toHaveBeenCalled();
  });

  it("logs only the subject in production: no link, no address", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("DEV_MAILBOX", "");
    resetEnv();
    // Nothing can deliver it: the caller is told, so that no page says "sent".
    expect(await sendMail(mail)).toBe(false);
    expect(mailDeliverable()).toBe(false);
    expect(logged()).toContain(mail.subject);
    expect(logged()).not.toContain("GEHEIM-TOKEN");
    expect(logged()).not.toContain(mail.to);
    expect(devMail.create).not.toHaveBeenCalled();
  });

  it("counts as delivered in production when the mailbox is switched on (DEV_MAILBOX=1)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("DEV_MAILBOX", "1");
    resetEnv();
    expect(mailDeliverable()).toBe(true);
    expect(await sendMail(mail)).toBe(true);
    expect(devMail.create).toHaveBeenCalled();
  });
});
