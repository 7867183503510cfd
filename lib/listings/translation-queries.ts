import "server-only";
// Reading a listing's texts and their translations for the "Vertalingen" page. Every query
// carries the user's ownership condition, so someone else's listing finds nothing. Only the
// chosen language's rows are read, plus a count per language for the language list.
import { db } from "../db";
import type { SessionUser } from "../auth/session";
import { editableOrganizations } from "../auth/scopes";
import { TRANSLATION_LOCALES, type TranslationLocale } from "./translation-schema";

/** How many texts of the listing are translated into each language. */
export async function translationCounts(user: SessionUser, organizationId: string): Promise<Record<TranslationLocale, number>> {
  const mine = editableOrganizations(user);
  const [organisation, services, locations] = await Promise.all([
    db.organizationTranslation.groupBy({ by: ["locale"], where: { organizationId, organization: mine }, _count: { _all: true } }),
    db.serviceTranslation.groupBy({ by: ["locale"], where: { service: { organizationId, organization: mine } }, _count: { _all: true } }),
    db.locationTranslation.groupBy({
      by: ["locale"],
      where: { location: { organizations: { some: { organizationId, organization: mine } } } },
      _count: { _all: true },
    }),
  ]);
  const counts = Object.fromEntries(TRANSLATION_LOCALES.map((locale) => [locale, 0])) as Record<TranslationLocale, number>;
  for (const row of [...organisation, ...services, ...locations]) {
    if (row.locale in counts) counts[row.locale as TranslationLocale] += row._count._all;
  }
  return counts;
}

/** The listing's translatable texts in Dutch and in `locale`, with the versions the forms send. */
export async function translationsFor(user: SessionUser, organizationId: string, locale: TranslationLocale) {
  const only = { where: { locale } };
  const organisation = await db.organization.findFirst({
    where: { id: organizationId, ...editableOrganizations(user) },
    select: {
      id: true,
      name: true,
      description: true,
      version: true,
      translations: { ...only, select: { description: true } },
      // Stopped services are kept but not shown: nothing to translate there.
      services: {
        where: { status: { not: "INACTIVE" } },
        orderBy: { name: "asc" },
        select: { id: true, name: true, description: true, eligibility: true, version: true, translations: { ...only, select: { description: true, eligibility: true } } },
      },
      locations: {
        // Only addresses with a Dutch "how to get there": that is the text to translate.
        where: { location: { transportation: { not: null } } },
        orderBy: { location: { name: "asc" } },
        select: { location: { select: { id: true, name: true, transportation: true, version: true, translations: { ...only, select: { transportation: true } } } } },
      },
    },
  });
  if (!organisation) return null;
  return {
    organisation: { id: organisation.id, name: organisation.name, description: organisation.description, version: organisation.version, translation: organisation.translations[0] ?? null },
    services: organisation.services.map(({ translations, ...service }) => ({ ...service, translation: translations[0] ?? null })),
    locations: organisation.locations.map(({ location: { translations, ...location } }) => ({ ...location, translation: translations[0] ?? null })),
  };
}

export type TranslationsView = NonNullable<Awaited<ReturnType<typeof translationsFor>>>;
