// Turns a submitted form into a plain object for zod. Field names are paths: "name",
// "rules.0.opensAt" (nested), "languages[]" (a list, also when only one box is ticked).
// Next's own "$ACTION_…" fields are skipped.
//
// The input comes from the internet, so nothing in it can reach a prototype and every bit of
// work is bounded by FORM_LIMITS: the tree is built from Maps (a name is only ever a Map key,
// never a property), names "__proto__", "constructor" and "prototype" are refused, lists are
// dense (an index is a Map key below FORM_LIMITS.listItems, never an array length), and the
// plain objects handed to zod are made last with Object.fromEntries, which defines own
// properties only. What breaks a cap is skipped and reported as an issue, so the action can
// answer with a message instead of failing.
import { FORM_LIMITS } from "./form-limits";

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type FormIssueCode =
  /** More fields than FORM_LIMITS.fields. */
  | "tooManyFields"
  /** A name our forms never make: too long, too deep, a forbidden word, or clashing with another. */
  | "fieldName"
  /** A list index or list length beyond FORM_LIMITS.listItems. */
  | "tooManyRows"
  /** A value longer than FORM_LIMITS.valueLength. */
  | "valueTooLong"
  /** Not a form or plain object at all, or a value of a type a form cannot hold. */
  | "notAForm";

/** `field` is a safe name ("rules", "rules.2.opensAt") or "_form" for the form as a whole. */
export type FormIssue = { field: string; code: FormIssueCode };

export type ParsedForm = { values: Record<string, Json>; issues: FormIssue[] };

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const INDEX = /^\d+$/;

type Leaf = { kind: "value"; value: string } | { kind: "values"; values: string[] };
type Branch = { kind: "object"; children: Map<string, Node> } | { kind: "list"; items: Map<number, Node> };
type Node = Leaf | Branch;

function isSafePart(part: string): boolean {
  return part !== "" && !FORBIDDEN.has(part);
}

/** The longest harmless start of a name, to hang a message on; "_form" when there is none. */
function fieldFor(parts: readonly string[], upTo = parts.length): string {
  const safe: string[] = [];
  for (const part of parts.slice(0, Math.min(upTo, FORM_LIMITS.depth))) {
    if (!isSafePart(part)) break;
    safe.push(part);
  }
  return safe.length > 0 ? safe.join(".") : "_form";
}

class Issues {
  readonly list: FormIssue[] = [];
  private readonly seen = new Set<string>();
  add(field: string, code: FormIssueCode): void {
    const key = `${code} ${field}`;
    // One message per field and kind, and never more issues than fields allowed.
    if (this.seen.has(key) || this.list.length >= FORM_LIMITS.fields) return;
    this.seen.add(key);
    this.list.push({ field, code });
  }
}

/** The child of a branch for one part of a name; undefined when the part does not fit the branch. */
function childKey(branch: Branch, part: string): string | number | undefined {
  if (branch.kind === "object") return part;
  return INDEX.test(part) ? Number(part) : undefined;
}

function getChild(branch: Branch, key: string | number): Node | undefined {
  return branch.kind === "object" ? branch.children.get(key as string) : branch.items.get(key as number);
}

function setChild(branch: Branch, key: string | number, node: Node): void {
  if (branch.kind === "object") branch.children.set(key as string, node);
  else branch.items.set(key as number, node);
}

function place(root: Branch, parts: string[], value: string, asList: boolean, issues: Issues): void {
  let node: Branch = root;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    const key = childKey(node, part);
    if (key === undefined) return issues.add(fieldFor(parts, index), "fieldName");
    if (typeof key === "number" && key >= FORM_LIMITS.listItems) return issues.add(fieldFor(parts, index), "tooManyRows");
    const existing = getChild(node, key);
    if (index === parts.length - 1) {
      if (asList) {
        if (!existing) return setChild(node, key, { kind: "values", values: [value] });
        if (existing.kind !== "values") return issues.add(fieldFor(parts), "fieldName");
        if (existing.values.length >= FORM_LIMITS.listItems) return issues.add(fieldFor(parts), "tooManyRows");
        existing.values.push(value);
        return;
      }
      // The same name twice: the last one counts, as before. A list or a group under this
      // name is another field, not something to overwrite.
      if (existing && existing.kind !== "value") return issues.add(fieldFor(parts), "fieldName");
      return setChild(node, key, { kind: "value", value });
    }
    const wantList = INDEX.test(parts[index + 1]);
    if (!existing) {
      const created: Branch = wantList ? { kind: "list", items: new Map() } : { kind: "object", children: new Map() };
      setChild(node, key, created);
      node = created;
    } else if (existing.kind === (wantList ? "list" : "object")) {
      node = existing as Branch;
    } else {
      return issues.add(fieldFor(parts, index + 1), "fieldName");
    }
  }
}

/** Plain objects and dense arrays; rows deleted in the browser ("rules.0", "rules.2") leave no hole. */
function toJson(node: Node): Json {
  switch (node.kind) {
    case "value":
      return node.value;
    case "values":
      return [...node.values];
    case "object":
      return Object.fromEntries([...node.children].map(([key, child]) => [key, toJson(child)]));
    case "list":
      return [...node.items.keys()].sort((a, b) => a - b).map((key) => toJson(node.items.get(key)!));
  }
}

/** Every field of a submitted form, within FORM_LIMITS, with what was refused. */
export function parseFormData(formData: FormData): ParsedForm {
  const root: Branch = { kind: "object", children: new Map() };
  const issues = new Issues();
  let count = 0;
  for (const [name, value] of formData.entries()) {
    if (++count > FORM_LIMITS.fields) {
      issues.add("_form", "tooManyFields");
      break;
    }
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    if (name.length > FORM_LIMITS.nameLength) {
      issues.add("_form", "fieldName");
      continue;
    }
    const asList = name.endsWith("[]");
    const parts = (asList ? name.slice(0, -2) : name).split(".");
    if (parts.length > FORM_LIMITS.depth || !parts.every(isSafePart)) {
      issues.add(fieldFor(parts), "fieldName");
      continue;
    }
    if (value.length > FORM_LIMITS.valueLength) {
      issues.add(fieldFor(parts), "valueTooLong");
      continue;
    }
    place(root, parts, value, asList, issues);
  }
  return { values: toJson(root) as Record<string, Json>, issues: issues.list };
}

/** The form as a plain object; what breaks a cap is left out (the browser's own check before sending). */
export function formDataToObject(formData: FormData): Record<string, Json> {
  return parseFormData(formData).values;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A plain object passed to an action (tests, programmatic calls, or anything a client can
 * encode instead of a FormData) under the same rules: only JSON-like values, safe keys, within
 * the same depth, list and size caps. Copied, so nothing the caller holds reaches zod.
 */
export function parsePlainInput(input: unknown): ParsedForm {
  const issues = new Issues();
  if (!isPlainObject(input)) {
    issues.add("_form", "notAForm");
    return { values: {}, issues: issues.list };
  }
  let budget = FORM_LIMITS.fields;

  function copy(value: unknown, path: string[]): Json | undefined {
    if (value === undefined) return undefined;
    if (value === null || typeof value === "boolean") return value;
    if (typeof value === "number") return Number.isFinite(value) ? value : (issues.add(fieldFor(path), "notAForm"), undefined);
    if (typeof value === "string") {
      if (value.length > FORM_LIMITS.valueLength) return issues.add(fieldFor(path), "valueTooLong"), undefined;
      return value;
    }
    if (path.length >= FORM_LIMITS.depth) return issues.add(fieldFor(path), "fieldName"), undefined;
    if (Array.isArray(value)) {
      if (value.length > FORM_LIMITS.listItems) return issues.add(fieldFor(path), "tooManyRows"), undefined;
      const items: Json[] = [];
      // A plain index loop: a sparse array of 200 is 200 steps, holes are skipped.
      for (let index = 0; index < value.length; index++) {
        if (!(index in value)) continue;
        const item = visit(value[index], [...path, String(index)]);
        if (item !== undefined) items.push(item);
      }
      return items;
    }
    if (isPlainObject(value)) return copyObject(value, path);
    issues.add(fieldFor(path), "notAForm");
    return undefined;
  }

  function visit(value: unknown, path: string[]): Json | undefined {
    if (--budget < 0) {
      issues.add("_form", "tooManyFields");
      return undefined;
    }
    return copy(value, path);
  }

  function copyObject(object: Record<string, unknown>, path: string[]): Record<string, Json> {
    const entries: [string, Json][] = [];
    for (const key of Object.keys(object)) {
      if (budget <= 0) {
        issues.add("_form", "tooManyFields");
        break;
      }
      // Keys follow the rules of a form's names: a "." would make two keys one field.
      if (key.length > FORM_LIMITS.nameLength || !isSafePart(key) || key.includes(".")) {
        issues.add(fieldFor(path), "fieldName");
        continue;
      }
      const item = visit(object[key], [...path, key]);
      if (item !== undefined) entries.push([key, item]);
    }
    return Object.fromEntries(entries);
  }

  return { values: copyObject(input, []), issues: issues.list };
}

/** Either kind of action input. */
export function parseActionInput(submitted: unknown): ParsedForm {
  return submitted instanceof FormData ? parseFormData(submitted) : parsePlainInput(submitted);
}
