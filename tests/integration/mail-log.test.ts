// Without SMTP, mail goes to the log: in production that must not hold the links in the mail
// (sign-in, password reset, invitation), which anyone reading the log could use.
// Against the real database: what is kept for the development mailbox is a DevMail row.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnv } from "@/lib/env";
import { mailDeliverable, sendMail } from "@/lib/mail/send";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();
const kept = () => t.db.devMail.count({ where: { to: mail.to } });
const mail = { to: "coordinator@example.nl", subject: "Je nieuwe wachtwoord", text: "Open https://kaart.example/beheer/wachtwoord/GEHEIM-TOKEN" };

function logged(): string {
  const calls = [...vi.mocked(console.info).mock.calls, ...vi.mocked(console.warn).mock.calls];
  return calls.flat().map(String).join("\n");
}

describe("sendMail without SMTP", () => {
  beforeEach(() => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
    return t.db.devMail.deleteMany({ where: { to: mail.to } }).then(() => undefined);
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
    expect(await kept()).toBe(1);
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
    expect(await kept()).toBe(0);
  });

  it("counts as delivered in production when the mailbox is switched on (DEV_MAILBOX=1)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("DEV_MAILBOX", "1");
    resetEnv();
    expect(mailDeliverable()).toBe(true);
    expect(await sendMail(mail)).toBe(true);
    expect(await kept()).toBe(1);
  });
});
