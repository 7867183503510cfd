// What one revision changed, in a form the history page can show: per field the old and new
// value, and for lists (categories, wijken, opening-hours rules) only what was added and
// what was taken away — a list of twelve wijken with one more is one line, not two walls.
import { changedFields, type Snapshot } from "./diff";
import { ORGANISATION_FIELDS } from "./organisation-schema";

export type HistoryChange =
  | { field: string; kind: "value"; before: unknown; after: unknown }
  | { field: string; kind: "list"; added: unknown[]; removed: unknown[] };

// Links between rows: the history page names the part they point to in its heading instead.
// `changedVia` (a shared address changed through another listing) is named in the heading.
const HIDDEN = new Set(["organizationId", "serviceAtLocationId", "userId", "invitedById", "changedVia"]);

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/**
 * A snapshot with its keys in one order, at every depth. Stored snapshots come back from
 * PostgreSQL (jsonb) with their keys reordered, so a stored and a freshly read snapshot of the
 * same state only compare equal (diff.ts compares as JSON text) after this.
 */
export function canonical(snapshot: Snapshot | null | undefined): Snapshot | null {
  return snapshot ? (sortKeys(snapshot) as Snapshot) : null;
}

/** Whether two snapshots hold the same state (both "not there" counts as the same). */
export function sameState(a: Snapshot | null | undefined, b: Snapshot | null | undefined): boolean {
  return (a == null) === (b == null) && changedFields(canonical(a), canonical(b)).length === 0;
}

// The order fields are shown in: as on the forms. Stored snapshots lose their key order
// (jsonb), so it is set here; fields not listed come last, alphabetically.
const FIELD_ORDER = [
  ...ORGANISATION_FIELDS,
  "status",
  "address1",
  "postalCode",
  "city",
  "buurtCode",
  "latitude",
  "longitude",
  "linked",
  "serviceIds",
  "linkedOrganisationIds",
  "accessibility",
  "accessibilityNote",
  "transportation",
  "categoryIds",
  "phases",
  "accessModes",
  "languages",
  "eligibility",
  "isFree",
  "costNote",
  "noRegistration",
  "capacity",
  "capacityNote",
  "url",
  "locationIds",
  "rules",
  "wijkCodes",
  "buurtCodes",
  "kind",
  "startDate",
  "endDate",
  "opensAt",
  "closesAt",
  "reason",
  "role",
] as string[];

function fieldRank(field: string): number {
  const index = FIELD_ORDER.indexOf(field);
  return index === -1 ? FIELD_ORDER.length : index;
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === null || value === undefined ? [] : [value]);

function without(items: unknown[], others: unknown[]): unknown[] {
  const keys = new Set(others.map((item) => JSON.stringify(item)));
  return items.filter((item) => !keys.has(JSON.stringify(item)));
}

const TRANSLATED = "translations.";

/** The `translations` of a snapshot as one field per language and text: "translations.ar.description". */
function withTranslationFields(snapshot: Snapshot | null | undefined): Snapshot | null | undefined {
  if (!snapshot || !snapshot.translations || typeof snapshot.translations !== "object") return snapshot;
  const { translations, ...rest } = snapshot;
  const fields = Object.entries(translations as Record<string, Record<string, unknown>>).flatMap(([locale, texts]) =>
    Object.entries(texts ?? {}).map(([field, text]) => [`${TRANSLATED}${locale}.${field}`, text] as const),
  );
  return { ...rest, ...Object.fromEntries(fields) };
}

/** "translations.ar.description" → { locale: "ar", field: "description" }; null for other fields. */
export function translatedField(field: string): { locale: string; field: string } | null {
  if (!field.startsWith(TRANSLATED)) return null;
  const [locale, name] = field.slice(TRANSLATED.length).split(".");
  return locale && name ? { locale, field: name } : null;
}

export function describeChanges(before: Snapshot | null | undefined, after: Snapshot | null | undefined): HistoryChange[] {
  // Translations (ADR 0012) show as one line per language and text, after the Dutch fields.
  return changedFields(canonical(withTranslationFields(before)), canonical(withTranslationFields(after)))
    .filter((change) => !HIDDEN.has(change.field))
    .sort((a, b) => fieldRank(a.field) - fieldRank(b.field) || a.field.localeCompare(b.field))
    .flatMap<HistoryChange>(({ field, yours, theirs }) => {
      if (!Array.isArray(yours) && !Array.isArray(theirs)) return [{ field, kind: "value", before: yours, after: theirs }];
      const added = without(asList(theirs), asList(yours));
      const removed = without(asList(yours), asList(theirs));
      // Only the order differs: nothing a reader would call a change.
      if (added.length === 0 && removed.length === 0) return [];
      return [{ field, kind: "list", added, removed }];
    });
}
