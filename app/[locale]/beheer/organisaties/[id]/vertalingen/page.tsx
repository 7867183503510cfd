import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { translationCounts, translationsFor } from "@/lib/listings/translation-queries";
import { isTranslationLocale, TRANSLATION_LOCALES, type TranslationLocale } from "@/lib/listings/translation-schema";
import { languageName } from "@/lib/organisations/language-names";
import { directionOf } from "@/lib/i18n/routing";
import { getPathname } from "@/lib/i18n/navigation";
import { TranslationPartForm } from "@/components/manage/translations/translation-part-form";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ taal?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing.translations" });
  return { title: t("title") };
}

// "Vertalingen": a language list, and for the chosen language (?taal=ar) the listing's texts
// that can be translated — the organisation's description, each service's description and
// eligibility, each address's "how to get there" — each with its own form (ADR 0012).
export default async function TranslationsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/vertalingen`);
  const organisation = await requireEditableOrganisation(user, id);
  const chosen = (await searchParams).taal;
  const language = typeof chosen === "string" && isTranslationLocale(chosen) ? chosen : null;
  const [t, counts, view] = await Promise.all([
    getTranslations("Listing.translations"),
    translationCounts(user, organisation.id),
    language ? translationsFor(user, organisation.id, language) : null,
  ]);
  if (language && !view) notFound();
  const nameOf = (code: string) => languageName(code, locale, () => undefined);
  const base = `/beheer/organisaties/${organisation.id}/vertalingen`;
  // What every part's form shares: the organisation (the ownership check) and the language.
  const formContext = (code: TranslationLocale) => ({ organizationId: organisation.id, locale: code, languageName: nameOf(code), dir: directionOf(code) });
  return (
    <section aria-labelledby="vertalingen">
      <Heading2 id="vertalingen">{t("title")}</Heading2>
      <Paragraph>{t("lead")}</Paragraph>
      <nav aria-label={t("languages")}>
        <ul className="plain-list">
          {TRANSLATION_LOCALES.map((code) => (
            <li key={code}>
              {/* A full page load: the client router, after this page's own client-side arrival,
                  changed the address to ?taal=… without fetching the page for it. */}
              <a href={getPathname({ href: { pathname: base, query: { taal: code } }, locale })} aria-current={code === language ? "page" : undefined}>
                {t("languageCount", { name: nameOf(code), count: counts[code] })}
              </a>{" "}
              <span lang={code}>({languageName(code, code, () => undefined)})</span>
            </li>
          ))}
        </ul>
      </nav>
      {language && view && (
        <>
          <Heading3>{t("editing", { name: nameOf(language) })}</Heading3>
          <TranslationPartForm
            part="organisation"
            {...formContext(language)}
            ownerId={organisation.id}
            version={view.organisation.version}
            title={t("organisation")}
            headingLevel={3}
            original={{ description: view.organisation.description }}
            translation={view.organisation.translation}
          />
          <Heading3>{t("services")}</Heading3>
          {view.services.length === 0 && <Paragraph>{t("noServices")}</Paragraph>}
          {view.services.map((service) => (
            <TranslationPartForm
              key={`${service.id}-${language}`}
              part="service"
              {...formContext(language)}
              ownerId={service.id}
              version={service.version}
              title={service.name}
              headingLevel={4}
              original={{ description: service.description, eligibility: service.eligibility }}
              translation={service.translation}
            />
          ))}
          <Heading3>{t("locations")}</Heading3>
          {view.locations.length === 0 && <Paragraph>{t("noLocations")}</Paragraph>}
          {view.locations.map((location) => (
            <TranslationPartForm
              key={`${location.id}-${language}`}
              part="location"
              {...formContext(language)}
              ownerId={location.id}
              version={location.version}
              title={location.name}
              headingLevel={4}
              original={{ transportation: location.transportation }}
              translation={location.translation}
            />
          ))}
        </>
      )}
    </section>
  );
}
