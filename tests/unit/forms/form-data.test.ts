// The form parser: our own field names still give the objects the schemas expect, and the
// names an attacker posts never reach a prototype or make the server walk a huge list.
import { afterEach, describe, expect, it } from "vitest";
import { formDataToObject, parseFormData, parsePlainInput } from "@/lib/forms/form-data";
import { FORM_LIMITS } from "@/lib/forms/form-limits";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const polluted = () => ({}) as Record<string, unknown>;

afterEach(() => {
  // Cleans up after a failing run, so one broken test does not break the rest.
  for (const key of ["x", "polluted"]) delete (Object.prototype as Record<string, unknown>)[key];
});

describe("formDataToObject with our own forms", () => {
  it("nests paths, keeps lists and skips Next's fields", () => {
    const data = form([
      ["name", "Buurthuis"],
      ["rules.0.opensAt", "09:00"],
      ["rules.0.closesAt", "12:00"],
      ["rules.1.opensAt", "13:00"],
      ["languages[]", "nl"],
      ["languages[]", "en"],
      ["wijkCodes[]", "WK034401"],
      ["handoverSteps.0", "Bellen"],
      ["handoverSteps.1", "Mailen"],
      ["$ACTION_ID_abc", ""],
    ]);
    expect(formDataToObject(data)).toEqual({
      name: "Buurthuis",
      rules: [{ opensAt: "09:00", closesAt: "12:00" }, { opensAt: "13:00" }],
      languages: ["nl", "en"],
      wijkCodes: ["WK034401"],
      handoverSteps: ["Bellen", "Mailen"],
    });
  });

  it("closes the holes of rows deleted in the browser, in row order", () => {
    const data = form([
      ["rules.2.byDay", "WE"],
      ["rules.0.byDay", "MO"],
    ]);
    expect(formDataToObject(data)).toEqual({ rules: [{ byDay: "MO" }, { byDay: "WE" }] });
  });

  it("gives plain objects and arrays (React can send them back to the form)", () => {
    const values = formDataToObject(form([["a.b", "1"], ["list.0", "x"]]));
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(values.a)).toBe(Object.prototype);
    expect(Array.isArray(values.list)).toBe(true);
  });

  it("lets the last of two equal names count, as browsers send them", () => {
    expect(formDataToObject(form([["note", "a"], ["note", "b"]]))).toEqual({ note: "b" });
  });
});

describe("hostile field names", () => {
  it.each(["__proto__.x", "constructor.prototype.x", "__proto__", "a.__proto__.x", "prototype.x", "a.constructor", "x[]"])(
    "%s never reaches Object.prototype",
    (name) => {
      const { values, issues } = parseFormData(form([[name === "x[]" ? "__proto__[]" : name, "1"]]));
      expect(polluted().x).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("x");
      expect(issues).toEqual([expect.objectContaining({ code: "fieldName" })]);
      expect(Object.keys(values)).not.toContain("__proto__");
      // A second parse after the first still works (it used to throw once polluted).
      expect(formDataToObject(form([["name", "x"]]))).toEqual({ name: "x" });
    },
  );

  it("refuses the message field of a hostile name under a harmless start", () => {
    expect(parseFormData(form([["rules.__proto__.x", "1"]])).issues).toEqual([{ field: "rules", code: "fieldName" }]);
    expect(parseFormData(form([["__proto__.x", "1"]])).issues).toEqual([{ field: "_form", code: "fieldName" }]);
  });

  it("turns a huge list index into an issue, never a long array", () => {
    const { values, issues } = parseFormData(form([["x.999999999", "1"], ["y.0", "ok"]]));
    expect(values).toEqual({ x: [], y: ["ok"] });
    expect(issues).toEqual([{ field: "x", code: "tooManyRows" }]);
    expect(parseFormData(form([["rules.199.opensAt", "09:00"]])).issues).toEqual([]);
    expect(parseFormData(form([["rules.200.opensAt", "09:00"]])).issues).toEqual([{ field: "rules", code: "tooManyRows" }]);
    expect(parseFormData(form([["x.99999999999999999999", "1"]])).issues).toEqual([{ field: "x", code: "tooManyRows" }]);
  });

  it("caps depth, name and value length, list length and the number of fields", () => {
    expect(parseFormData(form([["a.b.c.d", "1"]])).issues).toEqual([]);
    expect(parseFormData(form([["a.b.c.d.e", "1"]])).issues).toEqual([{ field: "a.b.c.d", code: "fieldName" }]);
    expect(parseFormData(form([["n".repeat(FORM_LIMITS.nameLength + 1), "1"]])).issues).toEqual([{ field: "_form", code: "fieldName" }]);
    expect(parseFormData(form([["note", "v".repeat(FORM_LIMITS.valueLength + 1)]])).issues).toEqual([{ field: "note", code: "valueTooLong" }]);
    const ticks = Array.from({ length: FORM_LIMITS.listItems + 1 }, (): [string, string] => ["codes[]", "WK034401"]);
    const listed = parseFormData(form(ticks));
    expect(listed.issues).toEqual([{ field: "codes", code: "tooManyRows" }]);
    expect((listed.values.codes as string[]).length).toBe(FORM_LIMITS.listItems);
    const many = parseFormData(form(Array.from({ length: 50_000 }, (_, index): [string, string] => [`f${index}`, "1"])));
    expect(many.issues).toEqual([{ field: "_form", code: "tooManyFields" }]);
    expect(Object.keys(many.values)).toHaveLength(FORM_LIMITS.fields);
  });

  it("reports a name used both as a value and as a group instead of throwing", () => {
    expect(() => parseFormData(form([["a", "1"], ["a.b", "2"]]))).not.toThrow();
    expect(parseFormData(form([["a", "1"], ["a.b", "2"]])).issues).toEqual([{ field: "a", code: "fieldName" }]);
    expect(parseFormData(form([["a", "1"], ["a[]", "2"]])).issues).toEqual([{ field: "a", code: "fieldName" }]);
    expect(parseFormData(form([["a.0", "1"], ["a.b", "2"]])).issues).toEqual([{ field: "a", code: "fieldName" }]);
    expect(parseFormData(form([["a..b", "1"]])).issues).toEqual([{ field: "a", code: "fieldName" }]);
  });
});

describe("plain-object input (what a client can encode instead of a form)", () => {
  it("copies JSON-like values and refuses the rest", () => {
    expect(parsePlainInput({ note: "x", version: 3, on: true, none: null, list: ["a"], group: { a: "b" } })).toEqual({
      values: { note: "x", version: 3, on: true, none: null, list: ["a"], group: { a: "b" } },
      issues: [],
    });
    expect(parsePlainInput(null).issues).toEqual([{ field: "_form", code: "notAForm" }]);
    expect(parsePlainInput("text").issues).toEqual([{ field: "_form", code: "notAForm" }]);
    expect(parsePlainInput({ when: new Date() }).issues).toEqual([{ field: "when", code: "notAForm" }]);
  });

  it("never copies __proto__ (as JSON.parse makes it: an own property)", () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "note": "x"}');
    const { values, issues } = parsePlainInput(input);
    expect(values).toEqual({ note: "x" });
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(polluted().polluted).toBeUndefined();
    expect(issues).toEqual([{ field: "_form", code: "fieldName" }]);
  });

  it("caps lists, depth and size", () => {
    const sparse: unknown[] = [];
    sparse[999_999_999] = "x";
    expect(parsePlainInput({ list: sparse }).issues).toEqual([{ field: "list", code: "tooManyRows" }]);
    expect(parsePlainInput({ a: { b: { c: { d: "x" } } } }).issues).toEqual([]);
    expect(parsePlainInput({ a: { b: { c: { d: { e: "x" } } } } }).issues).toEqual([{ field: "a.b.c.d", code: "fieldName" }]);
    const wide = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`k${index}`, "v"]));
    const parsed = parsePlainInput(wide);
    expect(parsed.issues).toEqual([{ field: "_form", code: "tooManyFields" }]);
    expect(Object.keys(parsed.values).length).toBeLessThanOrEqual(FORM_LIMITS.fields);
  });
});
