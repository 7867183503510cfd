// Translations are part of their owner's revision (ADR 0012): an organisation's, service's or
// location's snapshot carries `translations` — { <locale>: { <field>: text } } — when it has
// any. A snapshot without the key had none (revisions from before translations existed too),
// so restoring it removes them; that is what "the part as it was" means everywhere here.
import type { Snapshot } from "./diff";
import type { Tx } from "./revisions";
import { isTranslationLocale, TRANSLATED_FIELDS, type TranslatedPart } from "./translation-schema";

export type TranslationMap = Record<string, Record<string, string>>;

/** Stored rows as a snapshot value, locales and fields in a fixed order; null when none. */
export function translationMap(part: TranslatedPart, rows: ({ locale: string } & Record<string, unknown>)[]): TranslationMap | null {
  const fields = Object.keys(TRANSLATED_FIELDS[part]);
  const map: TranslationMap = {};
  for (const row of [...rows].sort((a, b) => a.locale.localeCompare(b.locale))) {
    const texts = Object.fromEntries(fields.flatMap((field) => (typeof row[field] === "string" && row[field] !== "" ? [[field, row[field] as string]] : [])));
    if (Object.keys(texts).length > 0) map[row.locale] = texts;
  }
  return Object.keys(map).length > 0 ? map : null;
}

/** The owner's translations as a snapshot key: `{ translations }`, or nothing when there are none. */
export async function translationsOf(tx: Tx, part: TranslatedPart, ownerId: string): Promise<Snapshot> {
  const rows =
    part === "organisation"
      ? await tx.organizationTranslation.findMany({ where: { organizationId: ownerId } })
      : part === "service"
        ? await tx.serviceTranslation.findMany({ where: { serviceId: ownerId } })
        : await tx.locationTranslation.findMany({ where: { locationId: ownerId } });
  const map = translationMap(part, rows);
  return map ? { translations: map } : {};
}

/** A snapshot's translations, only known locales and fields, as strings. */
function readMap(part: TranslatedPart, snapshot: Snapshot): TranslationMap {
  const value = snapshot.translations;
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const fields = Object.keys(TRANSLATED_FIELDS[part]);
  const map: TranslationMap = {};
  for (const [locale, texts] of Object.entries(value as Record<string, unknown>)) {
    if (!isTranslationLocale(locale) || !texts || typeof texts !== "object") continue;
    const kept = Object.fromEntries(fields.flatMap((field) => {
      const text = (texts as Record<string, unknown>)[field];
      return typeof text === "string" && text !== "" ? [[field, text]] : [];
    }));
    if (Object.keys(kept).length > 0) map[locale] = kept;
  }
  return map;
}

/** Sets the owner's translations to the snapshot's (restore): rows not in it are removed. */
export async function applyTranslations(tx: Tx, part: TranslatedPart, ownerId: string, snapshot: Snapshot): Promise<void> {
  const map = readMap(part, snapshot);
  const entries = Object.entries(map);
  if (part === "organisation") {
    await tx.organizationTranslation.deleteMany({ where: { organizationId: ownerId } });
    await tx.organizationTranslation.createMany({ data: entries.flatMap(([locale, t]) => (t.description ? [{ organizationId: ownerId, locale, description: t.description }] : [])) });
  } else if (part === "service") {
    await tx.serviceTranslation.deleteMany({ where: { serviceId: ownerId } });
    await tx.serviceTranslation.createMany({
      data: entries.map(([locale, t]) => ({ serviceId: ownerId, locale, description: t.description ?? null, eligibility: t.eligibility ?? null })),
    });
  } else {
    await tx.locationTranslation.deleteMany({ where: { locationId: ownerId } });
    await tx.locationTranslation.createMany({ data: entries.flatMap(([locale, t]) => (t.transportation ? [{ locationId: ownerId, locale, transportation: t.transportation }] : [])) });
  }
}
