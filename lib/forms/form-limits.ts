// How much one submitted form may hold. Our biggest form (the hours editor: 40 rules of 7
// fields) stays far below every cap; anything beyond them is not from our pages. Shared by the
// parser (form-data.ts) and the request guard in front of server actions
// (lib/security/action-guard.ts), so both refuse the same things. No imports: next.config
// and the proxy read it too.
export const FORM_LIMITS = {
  /** Fields in one submission. */
  fields: 1000,
  /** Parts of a name: "rules.0.opensAt" has 3. */
  depth: 4,
  /** Rows in one list: indexes 0 to 199 ("rules.199.opensAt"), or 200 ticked "codes[]". */
  listItems: 200,
  /** Characters in a field name. */
  nameLength: 200,
  /** Characters in one value: the longest text we keep is 2,000. */
  valueLength: 10_000,
} as const;
