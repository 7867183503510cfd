// Every action a visitor can call without an account, fed generated input (fast-check): at
// least 10,000 inputs each. Half are hostile (names like "__proto__.x", huge list indexes,
// deep paths, too many fields, oversized values, objects instead of forms): the wrapper must
// refuse each with a message and change nothing at all. The other half use the form's real
// field names with arbitrary values: nothing may throw or end in the "unexpected" catch-all,
// and when none was accepted no table may have changed.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { withTestDatabase } from "./support/test-database";
import { actAs } from "./support/next-runtime";
import { changedTables, databaseFingerprint } from "./support/fingerprint";
import { SLUGS, organisationId } from "./support/users";
import { submitReport } from "../../lib/reports/report-actions";
import { requestPasswordReset, resetPassword } from "../../lib/access/password-actions";
import { submitInitiativeWithAccount } from "../../lib/access/submit-actions";
import { acceptInvitationWithAccount } from "../../lib/access/invitation-actions";
import { FORM_LIMITS } from "../../lib/forms/form-limits";
import type { ActionState } from "../../lib/actions/state";

const t = withTestDatabase();

type Action = (state: ActionState<never>, input: FormData | Record<string, unknown>) => Promise<ActionState<unknown>>;

/** The public actions (defineAction with access "public") and the fields their forms post. */
const PUBLIC_ACTIONS: Record<string, { action: Action; fields: string[] }> = {
  submitReport: { action: submitReport as Action, fields: ["organizationId", "topic", "message", "startedAt", "website_url"] },
  requestPasswordReset: { action: requestPasswordReset as Action, fields: ["email"] },
  resetPassword: { action: resetPassword as Action, fields: ["token", "password", "passwordRepeat"] },
  submitInitiativeWithAccount: {
    action: submitInitiativeWithAccount as Action,
    fields: ["name", "description", "kind", "track", "website", "email", "phone", "website_url", "accountName", "accountEmail", "password", "passwordRepeat"],
  },
  acceptInvitationWithAccount: { action: acceptInvitationWithAccount as Action, fields: ["token", "name", "password", "passwordRepeat"] },
};

const RUNS = { hostile: 5_000, values: 5_000 };

let orgId = "";
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort().join();
const consoleError = vi.spyOn(console, "error");

beforeAll(async () => {
  orgId = await organisationId(t.db, SLUGS.a);
});
afterEach(() => consoleError.mockClear());
afterAll(() => consoleError.mockRestore());

// ---- generators ---------------------------------------------------------------------------

const HOSTILE_PARTS = ["__proto__", "constructor", "prototype"];
const hostileName = (fields: string[]) =>
  fc.oneof(
    fc.constantFrom("__proto__.x", "constructor.prototype.x", "x.999999999", "__proto__", "__proto__[]", "a.b.c.d.e", "a..b", "rules.200.opensAt"),
    fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...HOSTILE_PARTS), fc.string({ maxLength: 4 })).map(([field, bad, tail]) => `${field}.${bad}${tail ? `.${tail}` : ""}`),
    fc.tuple(fc.constantFrom(...fields), fc.integer({ min: FORM_LIMITS.listItems, max: 2_000_000_000 })).map(([field, index]) => `${field}.${index}`),
    fc.constantFrom(...fields).map((field) => `${field}.`.repeat(FORM_LIMITS.depth) + "x"),
    fc.nat({ max: 50 }).map((n) => "n".repeat(FORM_LIMITS.nameLength + 1 + n)),
  );

const value = fc.oneof(
  { arbitrary: fc.string({ maxLength: 30 }), weight: 6 },
  { arbitrary: fc.emailAddress(), weight: 1 },
  { arbitrary: fc.constantFrom("HOURS", "OTHER", "FORMAL", "SOCIALE_BASIS", "on", "", " ", "0", "-1", "null", "__proto__"), weight: 2 },
  { arbitrary: fc.string({ minLength: 10, maxLength: 14 }), weight: 1 },
);

const entries = (fields: string[]) => fc.array(fc.tuple(fc.constantFrom(...fields), value), { maxLength: 16 });

function toForm(list: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, item] of list) data.append(name, item);
  return data;
}

/** Forms with at least one thing our pages never send, or input that is not a form at all. */
function hostileInput(fields: string[]): fc.Arbitrary<FormData | Record<string, unknown>> {
  const withHostileField = fc
    .tuple(entries(fields), fc.array(fc.tuple(hostileName(fields), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 4 }), fc.nat())
    .map(([good, bad, at]) => {
      const list = [...good];
      for (const entry of bad) list.splice(at % (list.length + 1), 0, entry);
      return toForm(list);
    });
  const tooMany = fc.integer({ min: FORM_LIMITS.fields + 1, max: FORM_LIMITS.fields * 3 }).map((count) => toForm(Array.from({ length: count }, (_, i): [string, string] => [`f${i}`, "1"])));
  const tooLong = fc.constantFrom(...fields).map((field) => toForm([[field, "v".repeat(FORM_LIMITS.valueLength + 1)]]));
  // What a client could encode instead of a FormData: JSON, where "__proto__" is an own key.
  const json = fc
    .tuple(fc.constantFrom(...fields), fc.constantFrom(...HOSTILE_PARTS), fc.string({ maxLength: 6 }))
    .map(([field, bad, text]) => JSON.parse(`{"${field}": ${JSON.stringify(text)}, "${bad}": {"polluted": "yes", "prototype": {"polluted": "yes"}}}`) as Record<string, unknown>);
  const notAForm = fc.constantFrom(null, "text", 42, [], [1, 2], new Date(0), new Map()) as fc.Arbitrary<unknown> as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(
    { arbitrary: withHostileField, weight: 8 },
    { arbitrary: tooMany, weight: 1 },
    { arbitrary: tooLong, weight: 1 },
    { arbitrary: json, weight: 2 },
    { arbitrary: notAForm, weight: 1 },
  );
}

/** The real field names with arbitrary values, as a form or as a plain object. */
function valueInput(fields: string[]): fc.Arbitrary<FormData | Record<string, unknown>> {
  const list = entries([...fields]).map((items) =>
    // The report form's listing: sometimes a real one, so the action gets past the lookup.
    items.map(([name, item]): [string, string] => [name, name === "organizationId" && item.length % 2 === 0 ? orgId : item]),
  );
  return fc.oneof(list.map(toForm), list.map((items) => Object.fromEntries(items)));
}

// ---- checks -------------------------------------------------------------------------------

const ALLOWED = new Set(["success", "error"]);

function expectSafe(state: ActionState<unknown>): void {
  expect(ALLOWED.has(state.status)).toBe(true);
  expect(consoleError).not.toHaveBeenCalled();
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).x).toBeUndefined();
}

describe.each(Object.entries(PUBLIC_ACTIONS))("%s with generated input", (_name, { action, fields }) => {
  it(`refuses ${RUNS.hostile} hostile inputs with a message and changes nothing`, async () => {
    actAs(null, { ip: "198.51.100.77" });
    const before = await databaseFingerprint(t.db);
    await fc.assert(
      fc.asyncProperty(hostileInput(fields), async (input) => {
        const state = await action({ status: "idle" }, input);
        expectSafe(state);
        expect(state.status).toBe("error");
        if (state.status === "error") expect(Object.keys(state.fieldErrors ?? {}).length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS.hostile },
    );
    expect(changedTables(before, await databaseFingerprint(t.db))).toEqual([]);
  }, 600_000);

  it(`answers ${RUNS.values} inputs with arbitrary values without an error, writing only when it accepts`, async () => {
    actAs(null, { ip: "198.51.100.78" });
    const before = await databaseFingerprint(t.db);
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(valueInput(fields), async (input) => {
        const state = await action({ status: "idle" }, input);
        expectSafe(state);
        if (state.status === "success") accepted++;
      }),
      { numRuns: RUNS.values },
    );
    // A report with a forged form token gets thanks without being stored: "success", no rows.
    if (accepted === 0 || _name === "submitReport") expect(changedTables(before, await databaseFingerprint(t.db))).toEqual([]);
  }, 600_000);
});
