// A stored value as the history page shows it: names instead of ids and codes, dates in
// Dutch (or English), opening-hours rules as sentences, fixed choices in words. Whatever is
// not recognised is shown as it is stored (components/forms/format-value.ts).
import { formatValue } from "@/components/forms/format-value";
import { describeHoursRule, type DescribableRule } from "@/lib/listings/hours-describe";
import { hoursLocaleOf } from "@/lib/i18n/intl-locale";

export type ValueContext = {
  locale: string;
  names: Record<string, string>;
  /** History.values.<key> when it exists. */
  word: (key: string) => string | undefined;
  date: (value: Date, withTime: boolean) => string;
};

const ID_FIELDS = new Set(["categoryIds", "locationIds", "serviceIds", "linkedOrganisationIds", "wijkCodes", "buurtCodes", "buurtCode"]);
const CHOICE_FIELDS = new Set(["status", "kind", "track", "phases", "accessModes", "capacity", "accessibility", "role", "freq", "byDay"]);

function isRule(value: unknown): value is DescribableRule & { description?: string | null } {
  return Boolean(value && typeof value === "object" && "byDay" in value && "opensAt" in value && "closesAt" in value);
}

function language(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function historyValue(field: string, value: unknown, context: ValueContext): string {
  const empty = context.word("empty") ?? "—";
  if (value === null || value === undefined || value === "") return empty;
  if (Array.isArray(value)) return value.length === 0 ? empty : value.map((item) => historyValue(field, item, context)).join("; ");
  if (typeof value === "boolean") return context.word(value ? "yes" : "no") ?? formatValue(value);
  if (isRule(value)) {
    const sentence = describeHoursRule({ ...value, freq: value.freq ?? "WEEKLY", weekOfMonth: value.weekOfMonth ?? null }, hoursLocaleOf(context.locale));
    return value.description ? `${sentence} (${value.description})` : sentence;
  }
  if (typeof value === "string") {
    if (ID_FIELDS.has(field)) return context.names[value] ?? value;
    if (CHOICE_FIELDS.has(field)) return context.word(value) ?? value;
    if (field === "languages") return language(value, context.locale);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return context.date(new Date(`${value}T00:00:00.000Z`), false);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
      const date = new Date(value);
      // Midnight UTC is how calendar dates (@db.Date) come out of JSON: show the day only.
      return Number.isNaN(date.getTime()) ? value : context.date(date, !value.includes("T00:00:00.000Z"));
    }
  }
  return formatValue(value);
}
