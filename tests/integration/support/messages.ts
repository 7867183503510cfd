// The app's messages, merged as lib/i18n/request.ts does, for tests that check wording.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const cache = new Map<string, Record<string, unknown>>();

export async function loadMessagesForTests(locale: "nl" | "en"): Promise<Record<string, unknown>> {
  const cached = cache.get(locale);
  if (cached) return cached;
  const dir = path.resolve(import.meta.dirname, "../../../lib/i18n/messages", locale);
  const merged = Object.assign({}, ...readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8"))));
  cache.set(locale, merged);
  return merged;
}
