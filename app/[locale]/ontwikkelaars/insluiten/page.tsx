// For partners' web editors: pick what the embedded list shows (wijk, kind of help, a spoken
// language, open now, list or list and map, the language of its texts), copy the <iframe>
// code, and see it live in a frame of that same address (issue 12; ADR 0014).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import { CopyCode } from "@/components/embed/copy-code";
import { SnippetForm } from "@/components/embed/snippet-form";
import { env } from "@/lib/env";
import { embedPath, iframeCode, parseEmbedChoice, publicOrigin } from "@/lib/embed/snippet";
import { categoryName, categoryNamesOf } from "@/lib/i18n/category-name";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { loadFilterOptions } from "@/lib/map/filter-options";
import { languageName } from "@/lib/search-ui/names";
import { toUrlSearchParams, type RawSearchParams } from "@/lib/search-ui/page-params";
import { reachedOverHttps } from "@/lib/security/headers";
import "../../../styles/embed.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

export async function generateMetadata({ params }: Omit<Props, "searchParams">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "Embed.snippet" });
  return { title: t("title") };
}

/** The language's name in itself ("Nederlands", "العربية"): how someone looks for their own. */
function ownName(code: string): string {
  return languageName(code, code);
}

export default async function EmbedSnippetPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // The request first: it makes the page one rendered per request (never at build time, when
  // there is no database to read the options from).
  const [query, requestHeaders] = await Promise.all([searchParams.then(toUrlSearchParams), headers()]);
  const [options, t, tLanguages, messages] = await Promise.all([
    loadFilterOptions(),
    getTranslations("Embed.snippet"),
    getTranslations("Languages"),
    getMessages(),
  ]);
  const choice = parseEmbedChoice(
    query,
    { wijken: options.wijken.map((w) => w.slug), categories: options.categories.map((c) => c.slug), languages: options.languages },
    locale,
  );
  const tFrame = await getTranslations({ locale: choice.locale, namespace: "Embed.snippet" });
  const origin = publicOrigin(env().NEXTAUTH_URL, requestHeaders.get("host"), reachedOverHttps(requestHeaders, `http://${requestHeaders.get("host")}/`));
  const code = iframeCode(origin, choice, tFrame("frameTitle"));
  const categoryNames = categoryNamesOf(messages);
  const extraLanguage = (code: string) => (tLanguages.has(code) ? tLanguages(code) : undefined);

  return (
    <div className="embed-snippet">
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <section aria-labelledby="insluiten-kiezen">
        <Heading2 id="insluiten-kiezen">{t("choose")}</Heading2>
        <SnippetForm
          action={getPathname({ href: "/ontwikkelaars/insluiten", locale })}
          choice={choice}
          wijken={options.wijken.map((w) => ({ value: w.slug, label: w.name }))}
          categories={options.categories.map((c) => ({ value: c.slug, label: categoryName(c, locale, categoryNames) }))}
          languages={options.languages.map((code) => ({ value: code, label: languageName(code, locale, extraLanguage) }))}
          pageLanguages={routing.locales.map((code) => ({ value: code, label: ownName(code) }))}
        />
      </section>
      <section aria-labelledby="insluiten-code-titel">
        <Heading2 id="insluiten-code-titel">{t("codeHeading")}</Heading2>
        <CopyCode code={code} label={t("codeLabel")} description={t("codeHelp")} copy={t("copy")} copied={t("copied")} failed={t("copyFailed")} />
      </section>
      <section aria-labelledby="insluiten-voorbeeld">
        <Heading2 id="insluiten-voorbeeld">{t("previewHeading")}</Heading2>
        <iframe className={choice.map ? "embed-preview embed-preview--map" : "embed-preview"} src={embedPath(choice)} title={tFrame("frameTitle")} />
      </section>
      <section aria-labelledby="insluiten-weten">
        <Heading2 id="insluiten-weten">{t("notesHeading")}</Heading2>
        <UnorderedList>
          <UnorderedListItem>{t("notePrivacy")}</UnorderedListItem>
          <UnorderedListItem>{t("noteLinks")}</UnorderedListItem>
          <UnorderedListItem>{t("noteNoScript")}</UnorderedListItem>
        </UnorderedList>
      </section>
    </div>
  );
}
