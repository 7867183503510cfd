// Turns a submitted form into a plain object for zod. Field names are paths: "name",
// "rules.0.opensAt" (nested), "languages[]" (a list, also when only one box is ticked).
// Next's own "$ACTION_…" fields are skipped.
type Json = string | Json[] | { [key: string]: Json };

function setPath(target: Record<string, unknown>, path: string[], value: string, asList: boolean): void {
  let node: Record<string, unknown> = target;
  path.forEach((part, index) => {
    const last = index === path.length - 1;
    if (last) {
      if (asList) {
        const list = (node[part] as string[] | undefined) ?? [];
        list.push(value);
        node[part] = list;
      } else {
        node[part] = value;
      }
      return;
    }
    const nextIsIndex = /^\d+$/.test(path[index + 1]);
    node[part] ??= nextIsIndex ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
}

/** Removes holes left by rows that were deleted in the browser ("rules.0", "rules.2"). */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compact);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, compact(item)]));
  }
  return value;
}

export function formDataToObject(formData: FormData): Record<string, Json> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of formData.entries()) {
    if (name.startsWith("$ACTION") || typeof value !== "string") continue;
    const asList = name.endsWith("[]");
    const path = (asList ? name.slice(0, -2) : name).split(".");
    setPath(result, path, value, asList);
  }
  return compact(result) as Record<string, Json>;
}
