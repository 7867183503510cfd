// Which fields differ between two snapshots of a listing part: used for the conflict screen
// and the history page. Values are compared as JSON, so lists and nested rows count too.
import type { FieldChange } from "../actions/state";

export type Snapshot = Record<string, unknown>;

const IGNORED = new Set(["id", "version", "createdAt", "updatedAt", "searchVector"]);

/** PostgreSQL's jsonb reorders object keys: compare with the keys sorted. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function changedFields(before: Snapshot | null | undefined, after: Snapshot | null | undefined): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const a = before?.[key] ?? null;
    const b = after?.[key] ?? null;
    if (JSON.stringify(sortKeys(a)) !== JSON.stringify(sortKeys(b))) changes.push({ field: key, yours: a, theirs: b });
  }
  return changes;
}
