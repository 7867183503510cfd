// The map page's search for partners' sites (issue 12): shown in an <iframe> on their pages,
// without our header and footer (the layout leaves them out: proxy.ts flags /embed), with the
// same filters in the URL as the map page (wijk, category, lang, open…). Light: a list rendered
// on the server that works without JavaScript; the map, which is heavy, only with ?kaart=1.
// Every link to our site opens in a new tab. No cookies: nothing here sets any. Which sites may
// frame it: EMBED_FRAME_ANCESTORS (docs/decisions/0014-embedding.md).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading1, Paragraph } from "@utrecht/component-library-react";
import { EmbedResult } from "@/components/embed/embed-result";
import { LinksLeaveFrame } from "@/components/embed/links-leave-frame";
import { SectionMessages } from "@/components/layout/section-messages";
import { MapLegend } from "@/components/map/map-legend";
import { ServiceMap } from "@/components/map/service-map";
import { PaginationLinks } from "@/components/search/pagination-links";
import type { ResultTexts } from "@/components/search/result-item";
import { SelectionProvider } from "@/components/search/selection-context";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { formatDistance } from "@/lib/geo/distance";
import { describeOpenState } from "@/lib/hours";
import { hoursLocaleOf } from "@/lib/i18n/intl-locale";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { runPageSearch } from "@/lib/map/page-search";
import { ACCESS_PARAM, type AccessParam } from "@/lib/search/schemas";
import type { SearchItem } from "@/lib/search/types";
import { mapPointsQuery } from "@/lib/search-ui/map-features";
import { languageName } from "@/lib/search-ui/names";
import { toOpenState } from "@/lib/search-ui/open-state";
import { queryWithout, toUrlSearchParams, type RawSearchParams } from "@/lib/search-ui/page-params";
import { hrefWithQuery } from "@/lib/search-ui/query-string";
import "../../styles/embed.css";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

/** ?kaart=1: the map too. Not a search filter: left out of the search and of links to the map page. */
const MAP_PARAM = "kaart";
const ACCESS_OF_MODE = new Map(Object.entries(ACCESS_PARAM).map(([param, mode]) => [mode, param as AccessParam]));

export async function generateMetadata({ params }: Omit<Props, "searchParams">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const t = await getTranslations({ locale, namespace: "Embed" });
  // Not for search engines: the full map page is the one to find.
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function EmbedPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const hoursLocale = hoursLocaleOf(locale);
  const url = toUrlSearchParams(await searchParams);
  const withMap = url.get(MAP_PARAM) === "1";
  const now = new Date();
  const address = clientIp(await headers());
  const [search, t, tSite, tResults, tSearch, tLanguages] = await Promise.all([
    runPageSearch(queryWithout(url, [MAP_PARAM]), now, address),
    getTranslations("Embed"),
    getTranslations("Site"),
    getTranslations("Results"),
    getTranslations("Search"),
    getTranslations("Languages"),
  ]);
  const { result, query } = search;
  const pathname = getPathname({ href: "/embed", locale });
  const home = getPathname({ href: "/", locale });
  const pageQuery = new URLSearchParams(query);
  if (withMap) pageQuery.set(MAP_PARAM, "1");

  const extraLanguage = (code: string) => (tLanguages.has(code) ? tLanguages(code) : undefined);
  const texts = (item: SearchItem): ResultTexts => ({
    open: describeOpenState(toOpenState(item.open, now), now, hoursLocale),
    access: item.service.accessModes.flatMap((mode) => {
      const param = ACCESS_OF_MODE.get(mode);
      return param ? [tSearch(`access.${param}`)] : [];
    }),
    languages: item.service.languages.map((code) => languageName(code, locale, extraLanguage)),
    distance: item.distance === null ? null : formatDistance(item.distance, hoursLocale),
  });
  const items = result?.items ?? [];
  const pages = result ? Math.max(1, Math.ceil(result.total / result.per_page)) : 1;
  const near = result?.near ?? null;
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  const fullSearch = hrefWithQuery(home, queryWithout(query, ["page"]));

  return (
    <div className="embed">
      <Heading1 className="embed__title">{t("title")}</Heading1>
      <Paragraph className="embed__count">
        {tResults("heading", { count: result?.total ?? 0 })}{" "}
        <a href={fullSearch} target="_blank" rel="noopener" className="utrecht-link utrecht-link--html-a">
          {t("openFull")}
          <span className="visually-hidden"> {t("newTab")}</span>
        </a>
      </Paragraph>
      {!result && (
        <Alert type="error">
          <Paragraph>{tResults("searchFailed")}</Paragraph>
        </Alert>
      )}
      {result && items.length === 0 && <Paragraph>{t("none")}</Paragraph>}
      <ul className="result-list embed__list" aria-label={tResults("list")}>
        {items.map((item) => (
          <EmbedResult key={item.id} item={item} texts={texts(item)} href={getPathname({ href: `/organisaties/${item.organization.slug}`, locale })} />
        ))}
      </ul>
      {result && <PaginationLinks pathname={pathname} query={pageQuery} page={result.page} pages={pages} />}
      {withMap && (
        <section className="embed__map" aria-labelledby="kaart-titel">
          <h2 id="kaart-titel" className="visually-hidden">
            {t("mapHeading")}
          </h2>
          <SectionMessages namespaces={["Map", "Results"]}>
            <SelectionProvider>
              <LinksLeaveFrame />
              <ServiceMap filters={mapPointsQuery(query)} selectedWijk={query.get("wijk")} near={near && { lat: near.lat, lng: near.lng }} tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }} />
              <MapLegend showNear={near !== null} showSelectedWijk={query.has("wijk")} />
            </SelectionProvider>
          </SectionMessages>
        </section>
      )}
      <Paragraph className="embed__source">
        {t("source")}{" "}
        <a href={home} target="_blank" rel="noopener" className="utrecht-link utrecht-link--html-a">
          {tSite("title")}
          <span className="visually-hidden"> {t("newTab")}</span>
        </a>
      </Paragraph>
    </div>
  );
}
