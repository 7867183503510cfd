// Turns zod issues into field-level messages in the reader's language. Used by the action
// wrapper on the server and by forms in the browser, so both say the same thing.
import type { z } from "zod";

export type FieldErrors = Record<string, string[]>;
type Translate = (key: string, values?: Record<string, string | number>) => string;
type HasKey = (key: string) => boolean;

function messageFor(issue: z.core.$ZodIssue, t: Translate, has: HasKey): string {
  const values: Record<string, string | number> = {};
  if ("maximum" in issue) values.max = Number(issue.maximum);
  if ("minimum" in issue) values.min = Number(issue.minimum);
  // A schema's own check may name numbers for its message ("open for {hours} hours").
  if (issue.code === "custom" && issue.params) {
    for (const [key, value] of Object.entries(issue.params)) if (typeof value === "number" || typeof value === "string") values[key] = value;
  }
  if (issue.message && has(`errors.${issue.message}`)) return t(`errors.${issue.message}`, values);
  if (issue.code === "too_big") return t("errors.tooLong", values);
  if (issue.code === "too_small") return Number(values.min) > 1 ? t("errors.tooShort", values) : t("errors.required");
  if (issue.code === "invalid_value") return t("errors.choice");
  return t("errors.invalid");
}

export function fieldErrorsFrom(error: z.ZodError, t: Translate, has: HasKey): FieldErrors {
  // Collected in a Map: a field path is data, and "__proto__" must not become a prototype.
  const errors = new Map<string, string[]>();
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "_form";
    errors.set(field, [...(errors.get(field) ?? []), messageFor(issue, t, has)]);
  }
  return Object.fromEntries(errors);
}
