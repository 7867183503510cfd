// The development accounts (password in the README) are made only where nobody is at risk.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { wantsDevAccounts } from "@/scripts/lib/database";

describe("wantsDevAccounts", () => {
  it.each([
    { SEED_DEV_ACCOUNTS: undefined, embedded: true, expected: true },
    { SEED_DEV_ACCOUNTS: undefined, embedded: false, expected: false },
    { SEED_DEV_ACCOUNTS: "1", embedded: false, expected: true },
    { SEED_DEV_ACCOUNTS: "true", embedded: false, expected: true },
    { SEED_DEV_ACCOUNTS: "0", embedded: true, expected: false },
    { SEED_DEV_ACCOUNTS: "", embedded: false, expected: false },
  ])("SEED_DEV_ACCOUNTS=$SEED_DEV_ACCOUNTS on the embedded database: $embedded → $expected", ({ SEED_DEV_ACCOUNTS, embedded, expected }) => {
    expect(wantsDevAccounts(parseEnv({ SEED_DEV_ACCOUNTS }), embedded)).toBe(expected);
  });
});
