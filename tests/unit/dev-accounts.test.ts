// The development accounts (password in the README) are made only where nobody is at risk:
// the embedded database of a local demo, not the embedded database of a public site.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { wantsDevAccounts } from "@/scripts/lib/database";

describe("wantsDevAccounts", () => {
  it.each([
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: undefined, embedded: true, expected: true },
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: undefined, embedded: false, expected: false },
    { SEED_DEV_ACCOUNTS: "1", NEXTAUTH_URL: undefined, embedded: false, expected: true },
    { SEED_DEV_ACCOUNTS: "true", NEXTAUTH_URL: undefined, embedded: false, expected: true },
    { SEED_DEV_ACCOUNTS: "0", NEXTAUTH_URL: undefined, embedded: true, expected: false },
    { SEED_DEV_ACCOUNTS: "", NEXTAUTH_URL: undefined, embedded: false, expected: false },
    // The embedded database in production (docs/deploying.md §1): a public NEXTAUTH_URL.
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: "https://kaart.example.nl", embedded: true, expected: false },
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: "http://192.168.1.20:3000", embedded: true, expected: false },
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: "https://localhost.example.nl", embedded: true, expected: false },
    { SEED_DEV_ACCOUNTS: "", NEXTAUTH_URL: "https://kaart.example.nl", embedded: true, expected: false },
    { SEED_DEV_ACCOUNTS: "1", NEXTAUTH_URL: "https://kaart.example.nl", embedded: true, expected: true },
    { SEED_DEV_ACCOUNTS: "0", NEXTAUTH_URL: "http://localhost:3000", embedded: true, expected: false },
    // A local demo on this machine.
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: "http://localhost:3000", embedded: true, expected: true },
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: "http://127.0.0.1:3000", embedded: true, expected: true },
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: "http://127.8.9.10", embedded: true, expected: true },
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: "http://[::1]:3000", embedded: true, expected: true },
    { SEED_DEV_ACCOUNTS: undefined, NEXTAUTH_URL: "http://localhost:3000", embedded: false, expected: false },
  ])(
    "SEED_DEV_ACCOUNTS=$SEED_DEV_ACCOUNTS, NEXTAUTH_URL=$NEXTAUTH_URL, embedded: $embedded → $expected",
    ({ SEED_DEV_ACCOUNTS, NEXTAUTH_URL, embedded, expected }) => {
      expect(wantsDevAccounts(parseEnv({ SEED_DEV_ACCOUNTS, NEXTAUTH_URL }), embedded)).toBe(expected);
    },
  );
});
