// One language's texts laid over another's, key by key. Its own module (no next-intl import) so
// that the end-to-end tests read the messages exactly as the app does.
export type Messages = Record<string, unknown>;

function isObject(value: unknown): value is Messages {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `over` on top of `base` (both are our own JSON files, never visitor input). */
export function mergeMessages(base: Messages, over: Messages): Messages {
  const merged: Messages = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const below = merged[key];
    merged[key] = isObject(below) && isObject(value) ? mergeMessages(below, value) : value;
  }
  return merged;
}
