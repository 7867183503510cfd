// Property tests for the form parser: whatever names and values arrive, it never throws,
// never touches Object.prototype, and its output is bounded by FORM_LIMITS and by the input:
// no more nodes than fields times depth, no list longer than the cap, no forbidden key.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFormData, parsePlainInput, type ParsedForm } from "@/lib/forms/form-data";
import { FORM_LIMITS } from "@/lib/forms/form-limits";

const FORBIDDEN = ["__proto__", "constructor", "prototype"];
const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = prototypeKeys();

const segment = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "", "0", "1", "2", "199", "200", "999999999", "99999999999999999999", "rules", "opensAt", "x", "$ACTION_ID_1", "toString", "hasOwnProperty"),
  fc.string({ maxLength: 6 }),
  fc.nat({ max: 1_000_000_000 }).map(String),
);
const name = fc
  .tuple(fc.array(segment, { minLength: 1, maxLength: 8 }), fc.boolean(), fc.constantFrom("", "", "", "[]"))
  .map(([parts, long, suffix]) => (long ? parts.join(".").padEnd(FORM_LIMITS.nameLength + 1, "a") : parts.join(".")) + suffix);
const value = fc.oneof(fc.string({ maxLength: 20 }), fc.constant("v".repeat(FORM_LIMITS.valueLength + 1)));
const entries = fc.array(fc.tuple(name, value), { maxLength: 60 });

function check(condition: boolean, what: string): void {
  // A plain check: expect() in this hot loop would make 10,000 runs slow.
  if (!condition) throw new Error(what);
}

/** Nodes in the output, checking on the way that it is plain, shallow, dense and without a forbidden key. */
function measure(value: unknown, depth = 0): number {
  if (typeof value !== "object" || value === null) return 1;
  check(depth <= FORM_LIMITS.depth, `deeper than ${FORM_LIMITS.depth}`);
  if (Array.isArray(value)) {
    check(value.length <= FORM_LIMITS.listItems, `a list of ${value.length}`);
    let nodes = 1;
    for (let index = 0; index < value.length; index++) {
      check(index in value, "a hole in a list");
      nodes += measure(value[index], depth + 1);
    }
    return nodes;
  }
  check(Object.getPrototypeOf(value) === Object.prototype, "not a plain object");
  for (const key of FORBIDDEN) check(!Object.hasOwn(value, key), `own key ${key}`);
  let nodes = 1;
  for (const key of Object.keys(value)) nodes += measure((value as Record<string, unknown>)[key], depth + 1);
  return nodes;
}

function checkBounded(parsed: ParsedForm, fields: number): void {
  check(prototypeKeys().join() === cleanPrototype.join(), "Object.prototype changed");
  check(({} as Record<string, unknown>).x === undefined, "({}).x is set");
  // Every field makes at most `depth` nodes (and a ticked "[]" box one more); plus the root.
  const nodes = measure(parsed.values);
  check(nodes <= 1 + Math.min(fields, FORM_LIMITS.fields) * (FORM_LIMITS.depth + 1), `${nodes} nodes from ${fields} fields`);
  check(parsed.issues.length <= Math.min(fields, FORM_LIMITS.fields) + 1, "more issues than fields");
  for (const issue of parsed.issues) {
    check(issue.field === "_form" || issue.field.split(".").every((part) => part !== "" && !FORBIDDEN.includes(part)), `issue on "${issue.field}"`);
  }
}

function form(list: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, item] of list) data.append(key, item);
  return data;
}

describe("parseFormData on generated forms", () => {
  it("never throws, never pollutes, stays bounded (10,000 forms)", () => {
    fc.assert(
      fc.property(entries, (list) => {
        checkBounded(parseFormData(form(list)), list.length);
      }),
      { numRuns: 10_000 },
    );
  });

  it("stops at the field cap however many fields arrive", () => {
    fc.assert(
      fc.property(fc.integer({ min: FORM_LIMITS.fields - 5, max: FORM_LIMITS.fields * 5 }), name, (count, base) => {
        const list = Array.from({ length: count }, (_, index): [string, string] => [`${base}${index % 3 === 0 ? `.${index}` : index}`, "1"]);
        const parsed = parseFormData(form(list));
        checkBounded(parsed, count);
        if (count > FORM_LIMITS.fields) expect(parsed.issues).toContainEqual({ field: "_form", code: "tooManyFields" });
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});

// What a client can encode instead of a form: JSON, where "__proto__" is an own key.
const hostileKey = fc.oneof(fc.constantFrom(...FORBIDDEN, "x", "0", "rules"), fc.string({ maxLength: 6 }));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", maxDepth: 6 },
    fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.boolean(), fc.constant(null)),
    fc.dictionary(hostileKey, tie("tree"), { maxKeys: 8 }),
    fc.array(tie("tree"), { maxLength: 8 }),
  ),
}));

describe("parsePlainInput on generated values", () => {
  it("never throws, never pollutes, stays bounded (10,000 values)", () => {
    fc.assert(
      fc.property(tree, (input) => {
        // Through JSON, as it arrives over the wire: "__proto__" becomes an own property.
        const parsed = parsePlainInput(JSON.parse(JSON.stringify(input) ?? "null"));
        checkBounded(parsed, FORM_LIMITS.fields);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000);
});
