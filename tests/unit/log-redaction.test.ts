import { afterEach, describe, expect, it, vi } from "vitest";
import { formatEntry, log, MAX_TEXT, redact, redactText, REDACTED } from "@/lib/log";

const TOKEN = "q3X9vL0aZk2mN8pR4sT6uW1yB5cD7eF0gH2jK4lM6nP"; // 32 random bytes, base64url

describe("redactText", () => {
  it("cuts long text before scanning it, so a huge value costs no more than a log line", () => {
    // Slashes and "a:/" runs made the rules scan quadratically; 100,000 characters took seconds.
    for (const text of ["/".repeat(100_000), "a:/".repeat(30_000)]) {
      const out = redactText(text);
      expect(out.length).toBeLessThanOrEqual(MAX_TEXT + 40);
      expect(out).toMatch(/more\]$/);
    }
  });

  it("removes the token from invitation, reset and sign-in links", () => {
    for (const link of [
      `https://kaart.example.nl/beheer/uitnodiging/${TOKEN}`,
      `https://kaart.example.nl/en/beheer/wachtwoord/${TOKEN}`,
      `https://kaart.example.nl/api/auth/callback/email?callbackUrl=%2Fbeheer&token=abc123&email=a%40b.nl`,
    ]) {
      const out = redactText(`Mail failed for ${link} (timeout)`);
      expect(out).not.toContain(TOKEN);
      expect(out).not.toContain("abc123");
      expect(out).not.toContain("a%40b.nl");
      expect(out).toContain(REDACTED);
      expect(out).toContain("(timeout)");
    }
  });

  it("drops query strings: on public pages and the API they are residents' searches", () => {
    expect(redactText("GET /api/v1/services?q=schulden%20overvecht&near=52.1,5.1 failed")).toBe(
      `GET /api/v1/services?${REDACTED} failed`,
    );
    expect(redactText("page https://kaart.example.nl/?adres=Vredenburg+40 gave 500")).toBe(
      `page https://kaart.example.nl/?${REDACTED} gave 500`,
    );
  });

  it("removes credentials from connection URLs", () => {
    const out = redactText("connect smtp://mailer:Geheim123@mail.example.nl:587 and postgresql://app:pw@db:5432/kaart");
    expect(out).not.toMatch(/Geheim123|app:pw/);
    expect(out).toContain(`smtp://${REDACTED}@mail.example.nl:587`);
  });

  it("removes password hashes and long random strings, keeps ordinary text and file paths", () => {
    const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo";
    expect(redactText(`hash ${hash} stored`)).toBe(`hash ${REDACTED} stored`);
    const ordinary = "Error: at lib/listings/location-actions.ts:42:7 — kon adres niet opslaan";
    expect(redactText(ordinary)).toBe(ordinary);
  });
});

describe("redact", () => {
  it("hides the values of keys that name a secret, at any depth", () => {
    const out = redact({
      email: "coordinator@example.nl",
      password: "hunter2-hunter2",
      nested: { sessionToken: "s", Cookie: "next-auth.session-token=x", authorization: "Bearer y", tokenHash: "h" },
      list: [{ newPassword: "p" }],
    });
    expect(out).toEqual({
      email: "coordinator@example.nl",
      password: REDACTED,
      nested: { sessionToken: REDACTED, Cookie: REDACTED, authorization: REDACTED, tokenHash: REDACTED },
      list: [{ newPassword: REDACTED }],
    });
  });

  it("logs errors by name, message and stack, redacted, and survives cycles", () => {
    const error = new Error(`invite to https://x.nl/beheer/uitnodiging/${TOKEN} failed`);
    const cyclic: Record<string, unknown> = { error };
    cyclic.self = cyclic;
    const out = JSON.stringify(redact(cyclic));
    expect(out).not.toContain(TOKEN);
    expect(out).toContain('"name":"Error"');
    expect(out).toContain("[circular]");
  });
});

describe("formatEntry", () => {
  it("writes one JSON line with time, level, message and request id", () => {
    const line = formatEntry("error", "Server action failed", { requestId: "req-12345678", error: new Error("boom"), password: "x" }, true, new Date("2026-12-07T10:00:00Z"));
    expect(line).not.toContain("\n");
    const entry = JSON.parse(line);
    expect(entry).toMatchObject({ time: "2026-12-07T10:00:00.000Z", level: "error", message: "Server action failed", requestId: "req-12345678", password: REDACTED });
    expect(entry.error.message).toBe("boom");
  });

  it("writes a readable line in development", () => {
    const line = formatEntry("warn", "PDOK niet beschikbaar", { reason: "timeout" }, false, new Date("2026-12-07T10:00:00Z"));
    expect(line).toBe('10:00:00 WARN PDOK niet beschikbaar {"reason":"timeout"}');
  });
});

describe("log", () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it("writes JSON in production, errors on stderr, never the secret", () => {
    vi.stubEnv("NODE_ENV", "production");
    const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
    log.with({ requestId: "abcd1234" }).error("Reset mail failed", { link: `https://x.nl/beheer/wachtwoord/${TOKEN}` });
    expect(stderr).toHaveBeenCalledTimes(1);
    const entry = JSON.parse(String(stderr.mock.calls[0][0]));
    expect(entry).toMatchObject({ level: "error", message: "Reset mail failed", requestId: "abcd1234" });
    expect(JSON.stringify(entry)).not.toContain(TOKEN);
  });
});
