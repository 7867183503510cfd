// Sign-in throttling (ADR 0007): a guesser is slowed down per account + address with growing
// delays; the owner at another address is never locked out by them.
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "./support/test-database";
import { EMAILS } from "./support/users";
import { checkPassword } from "../../lib/auth/sign-in";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, FREE_FAILURES, MAX_DELAY_SECONDS, delayAfterFailures } from "../../lib/auth/login-throttle";

const t = withTestDatabase();
const DEV_PASSWORD = "sociale-kaart-dev";
const ATTACKER = "203.0.113.66";
const OWNER = "198.51.100.10";
const start = new Date("2026-11-17T13:00:00.000Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

async function attempt(email: string, password: string, ip: string, when: Date) {
  return checkPassword(t.db, { email, password, ip }, when);
}

describe("sign-in throttle", () => {
  it("an attacker's failures, however many, never keep the owner at another address out", async () => {
    let clock = 0;
    // 40 wrong passwords from one address, each as soon as that address may try again.
    for (let i = 0; i < 40; i += 1) {
      const result = await attempt(EMAILS.ownerA, `fout-${i}`, ATTACKER, at(clock));
      if (!result.ok && result.reason === "throttled") {
        clock += result.retryAfterSeconds;
        i -= 1;
        continue;
      }
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    // Still throttled there — even with the right password, which is not even checked.
    expect(await attempt(EMAILS.ownerA, DEV_PASSWORD, ATTACKER, at(clock))).toMatchObject({ ok: false, reason: "throttled" });
    // The owner, elsewhere, at the same moment:
    expect(await attempt(EMAILS.ownerA, DEV_PASSWORD, OWNER, at(clock))).toMatchObject({ ok: true });
  }, 120_000);

  it("delays grow after the free attempts (1 s, 2 s, 4 s …) up to 15 minutes, and a success resets them", async () => {
    expect([4, 5, 6, 7, 8].map(delayAfterFailures)).toEqual([0, 1, 2, 4, 8]);
    expect(delayAfterFailures(40)).toBe(MAX_DELAY_SECONDS);
    const ip = "192.0.2.20";
    for (let i = 0; i < FREE_FAILURES; i += 1) expect(await attempt(EMAILS.ownerB, "fout", ip, at(0))).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(EMAILS.ownerB, "fout", ip, at(0))).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    expect(await attempt(EMAILS.ownerB, "fout", ip, at(1))).toEqual({ ok: false, reason: "invalid" }); // 6th failure
    expect(await attempt(EMAILS.ownerB, "fout", ip, at(2))).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    expect(await attempt(EMAILS.ownerB, "fout", ip, at(3))).toEqual({ ok: false, reason: "invalid" }); // 7th: wait 4 s
    expect(await attempt(EMAILS.ownerB, DEV_PASSWORD, ip, at(6))).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    // The wait is over: the right password works and clears the row.
    expect(await attempt(EMAILS.ownerB, DEV_PASSWORD, ip, at(7))).toMatchObject({ ok: true });
    for (let i = 0; i < FREE_FAILURES - 1; i += 1) expect(await attempt(EMAILS.ownerB, "fout", ip, at(7))).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(EMAILS.ownerB, DEV_PASSWORD, ip, at(7))).toMatchObject({ ok: true });
  });

  it("a burst of parallel attempts the moment a wait ends: only as many are checked as the throttle allows", async () => {
    const ip = "192.0.2.40";
    const pairRows = () => t.db.rateLimitEvent.count({ where: { bucket: "login-pair" } });
    const before = await pairRows();
    // 20 at once with a clean record: at most the free attempts reach the password check.
    const burst = await Promise.all(Array.from({ length: 20 }, () => attempt(EMAILS.editorA, "fout", ip, at(0))));
    const checked = burst.filter((result) => !result.ok && result.reason === "invalid").length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(FREE_FAILURES);
    expect(burst.filter((result) => !result.ok && result.reason === "throttled")).toHaveLength(20 - checked);
    // Top up to exactly the free attempts, then 20 at once when the 1 s wait is over: one gets through.
    for (let i = checked; i < FREE_FAILURES; i += 1) expect(await attempt(EMAILS.editorA, "fout", ip, at(0))).toEqual({ ok: false, reason: "invalid" });
    const later = await Promise.all(Array.from({ length: 20 }, () => attempt(EMAILS.editorA, "fout", ip, at(1))));
    expect(later.filter((result) => !result.ok && result.reason === "invalid")).toHaveLength(1);
    expect(await pairRows()).toBe(before + FREE_FAILURES + 1);
  }, 120_000);

  it("one address trying many accounts is stopped there, and only there", async () => {
    const ip = "192.0.2.30";
    for (let i = 0; i < ADDRESS_LIMIT.max; i += 1) await attempt(`gok${i}@voorbeeld.nl`, "fout", ip, at(0));
    expect(await attempt(EMAILS.admin, DEV_PASSWORD, ip, at(0))).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt(EMAILS.admin, DEV_PASSWORD, "192.0.2.31", at(0))).toMatchObject({ ok: true });
  }, 120_000);

  it("many addresses guessing one account: those that failed wait, a new address with the right password gets in", async () => {
    for (let i = 0; i < ACCOUNT_LIMIT.max; i += 1) await attempt(EMAILS.moderator, "fout", `10.1.${Math.floor(i / 200)}.${i % 200}`, at(0));
    // An address that took part now waits, although it has only one failure of its own.
    expect(await attempt(EMAILS.moderator, "fout", "10.1.0.1", at(1))).toMatchObject({ ok: false, reason: "throttled" });
    expect(await attempt(EMAILS.moderator, DEV_PASSWORD, "198.51.100.99", at(1))).toMatchObject({ ok: true });
  }, 240_000);
});
