import "server-only";
// The lexicon of resident-query.ts for this process: the resident-word list, the categories'
// names and the words of published organisations' and services' names (typo corrections and
// words written together are looked for among those). It belongs to one data version (kept in
// PostgreSQL, data-version.ts): a search on a newer version waits for the lexicon of that
// version, so every instance corrects a query the same way for the same data, and an answer
// cached under a version (answer-cache.ts) was never computed with an older lexicon.
import { readDb } from "../db";
import { coalescedVersionReader, type DataVersionReader } from "./data-version";
import { referenceData } from "./reference-data";
import { buildLexicon, type Lexicon } from "./resident-query";

let cached: { lexicon: Lexicon; version: bigint } | null = null;
let loading: { promise: Promise<Lexicon>; version: bigint } | null = null;
let readVersion: DataVersionReader | null = null;

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

/** Loads the lexicon for `version` (read before the names, so the names are at least that new); concurrent callers share one load. */
function reload(version: bigint): Promise<Lexicon> {
  if (loading && loading.version >= version) return loading.promise;
  const promise = load()
    .then((lexicon) => {
      if (!cached || cached.version <= version) cached = { lexicon, version };
      return lexicon;
    })
    .finally(() => {
      if (loading?.promise === promise) loading = null;
    });
  loading = { promise, version };
  return promise;
}

/** The lexicon of the current data version: from memory while the version has not changed. */
export async function searchLexicon(): Promise<Lexicon> {
  readVersion ??= coalescedVersionReader();
  const version = await readVersion();
  if (cached && cached.version >= version) return cached.lexicon;
  return reload(version);
}
