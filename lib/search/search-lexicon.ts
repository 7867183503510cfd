import "server-only";
// The lexicon of resident-query.ts for this process: the resident-word list, the categories'
// names and the words of published organisations' and services' names (typo corrections and
// words written together are looked for among those). Names change rarely and a lexicon a
// minute old only means a new name's typos are corrected a minute later, so it is kept for a
// minute and then reloaded in the background while the old one keeps answering.
import { readDb } from "../db";
import { errorWithoutMessage, requestLog } from "../log";
import { referenceData } from "./reference-data";
import { buildLexicon, type Lexicon } from "./resident-query";

export const LEXICON_TTL_MS = 60_000;

let cached: { lexicon: Lexicon; loadedAt: number } | null = null;
let loading: Promise<Lexicon> | null = null;

async function load(): Promise<Lexicon> {
  const [ref, rows] = await Promise.all([
    referenceData(),
    readDb.$queryRaw<{ name: string }[]>`
      SELECT o.name FROM "Organization" o WHERE o.status = 'PUBLISHED'
      UNION SELECT o."alternateName" FROM "Organization" o WHERE o.status = 'PUBLISHED' AND o."alternateName" IS NOT NULL
      UNION SELECT s.name FROM "Service" s JOIN "Organization" o ON o.id = s."organizationId" WHERE o.status = 'PUBLISHED' AND s.status = 'ACTIVE'`,
  ]);
  return buildLexicon(
    ref.categories,
    rows.map((r) => r.name),
  );
}

function reload(): Promise<Lexicon> {
  loading ??= load()
    .then((lexicon) => {
      cached = { lexicon, loadedAt: Date.now() };
      return lexicon;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** The lexicon; the first call waits for it, later ones get the cached one (reloaded when a minute old). */
export async function searchLexicon(): Promise<Lexicon> {
  if (!cached) return reload();
  if (Date.now() - cached.loadedAt >= LEXICON_TTL_MS) {
    reload().catch(async (error: unknown) => {
      (await requestLog()).warn("Search lexicon could not be reloaded", { error: errorWithoutMessage(error) });
    });
  }
  return cached.lexicon;
}
