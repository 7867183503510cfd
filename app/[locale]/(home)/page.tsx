// The map page: search filters, a list of results and a map of the same search. Everything
// follows from the URL, so a search can be shared, reloaded and gone back to; the page works
// without JavaScript except for the map itself, and the list (paged) carries all the map
// shows. The HTML holds one page of the list and nothing more: the map loads every matching
// place and the wijk outlines from the API once the page is on screen. In the page the list
// comes before the map (reading and Tab order on wide screens); on a phone the stylesheet
// shows the map above the list.
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { MapLegend } from "@/components/map/map-legend";
import { ServiceMap } from "@/components/map/service-map";
import { buildFilterOptions, filterValues } from "@/components/search/build-filter-options";
import { HelpFinderEntry } from "@/components/help-finder/help-finder-entry";
import { FilterForm } from "@/components/search/filter-form";
import { NearSearch } from "@/components/search/near-search";
import { NearSummary } from "@/components/search/near-summary";
import { NoResultsHelp } from "@/components/search/no-results-help";
import { PaginationLinks } from "@/components/search/pagination-links";
import { ResultList } from "@/components/search/result-list";
import { ResultsHeading } from "@/components/search/results-heading";
import { SectionMessages } from "@/components/layout/section-messages";
import { SelectionProvider } from "@/components/search/selection-context";
import { clientIp } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { formatDistance } from "@/lib/geo/distance";
import { describeOpenState } from "@/lib/hours";
import { categoryName, categoryNamesOf } from "@/lib/i18n/category-name";
import { hoursLocaleOf } from "@/lib/i18n/intl-locale";
import { getPathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { loadFilterOptions } from "@/lib/map/filter-options";
import { loadNoResultsHelp } from "@/lib/map/no-results";
import { runPageSearch } from "@/lib/map/page-search";
import { ACCESS_PARAM, type AccessParam, type PhaseParam } from "@/lib/search/schemas";
import type { SearchItem } from "@/lib/search/types";
import { RESULTS_HEADING_ID } from "@/lib/search-ui/focus-request";
import { mapPointsQuery } from "@/lib/search-ui/map-features";
import { toOpenState } from "@/lib/search-ui/open-state";
import { languageName } from "@/lib/search-ui/names";
import { ADDRESS_PARAM, toUrlSearchParams, type RawSearchParams } from "@/lib/search-ui/page-params";
import { canonicalQuery, hrefWithQuery, withNear, withoutFilters } from "@/lib/search-ui/query-string";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<RawSearchParams> };

const ACCESS_OF_MODE = new Map(Object.entries(ACCESS_PARAM).map(([param, mode]) => [mode, param as AccessParam]));
/** What the no-JavaScript address box says when it found no address (limited: too many searches). */
const ADDRESS_MESSAGES = {
  not_found: "where.notFound",
  invalid: "where.invalid",
  unavailable: "where.serviceDown",
  limited: "where.tooMany",
} as const;

// What the form, the list's "Toon op kaart" and the map say in the browser; the rest is rendered on the server.
const HOME_CLIENT_NAMESPACES = ["Search.where", "Search.filters", "Results", "Map"];

const PHASES: PhaseParam[] = ["signaleren", "toeleiden", "stabiliseren", "oplossen", "nazorg"];

export default async function HomePage({ params, searchParams }: Props) {
  const { locale } = await params;
  // The layout checks this too, but pages render alongside it: an unknown segment must not
  // reach Intl formatters with a bogus locale.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const hoursLocale = hoursLocaleOf(locale);
  const pathname = getPathname({ href: "/", locale });
  const url = toUrlSearchParams(await searchParams);
  const now = new Date();

  const client = headers().then(clientIp);
  const [search, optionsData, t, tSearch, tResults, tLanguages] = await Promise.all([
    client.then((address) => runPageSearch(url, now, address)),
    loadFilterOptions(),
    getTranslations("Home"),
    getTranslations("Search"),
    getTranslations("Results"),
    getTranslations("Languages"),
  ]);
  // Only when nothing was found: what one filter less finds, and the buurtteam.
  const noResults = await loadNoResultsHelp(search, optionsData, now, await client);
  const { result, query } = search;
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  const searchKey = canonicalQuery(query);

  const extraLanguage = (code: string) => (tLanguages.has(code) ? tLanguages(code) : undefined);
  const openText = (item: SearchItem) => describeOpenState(toOpenState(item.open, now, hoursLocale), now, hoursLocale);
  const texts = (item: SearchItem) => ({
    open: openText(item),
    access: item.service.accessModes.flatMap((mode) => {
      const param = ACCESS_OF_MODE.get(mode);
      return param ? [tSearch(`access.${param}`)] : [];
    }),
    languages: item.service.languages.map((code) => languageName(code, locale, extraLanguage)),
    distance: item.distance === null ? null : formatDistance(item.distance, hoursLocale),
  });

  const categoryNames = categoryNamesOf(await getMessages());
  const facets = result?.facets ?? { wijk: [], category: [], phase: [], kind: [], lang: [], access: [], free: [], no_registration: [], open: [] };
  const options = buildFilterOptions(optionsData, facets, locale, {
    withCount: (label, count) => tSearch("filters.withCount", { label, count }),
    openNow: tSearch("filters.openNow"),
    openOn: (day) => tSearch("filters.openOn", { day }),
    phases: Object.fromEntries(PHASES.map((p) => [p, tSearch(`phases.${p}`)])) as Record<PhaseParam, string>,
    kinds: { formal: tSearch("kinds.formal"), informal: tSearch("kinds.informal") },
    access: Object.fromEntries(Object.keys(ACCESS_PARAM).map((a) => [a, tSearch(`access.${a}`)])) as Record<AccessParam, string>,
    free: tSearch("filters.free"),
    noRegistration: tSearch("filters.noRegistration"),
    extraLanguage,
    categoryName: (category) => categoryName(category, locale, categoryNames),
  });
  const values = filterValues(search.params, optionsData);
  const items = result?.items ?? [];
  const near = result?.near ?? null;
  const pages = result ? Math.max(1, Math.ceil(result.total / result.per_page)) : 1;
  const cleared = withoutFilters(query);
  const filtersActive = canonicalQuery(cleared) !== searchKey;
  const hidden = [...query].filter(([key]) => key !== "near" && key !== "page" && key !== ADDRESS_PARAM);
  const addressProblem = search.address && search.address.status !== "found" ? search.address.status : null;

  return (
    <>
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <HelpFinderEntry />
      {search.ignored.length > 0 && (
        <Alert type="warning" className="page-alert">
          <Paragraph>{t("invalidParams", { names: [...new Set(search.ignored)].join(", ") })}</Paragraph>
        </Alert>
      )}
      {!result && (
        <Alert type="error" className="page-alert">
          <Paragraph>{tResults("searchFailed")}</Paragraph>
        </Alert>
      )}
      {/* The translations of the form, list and map, which run in the browser too. */}
      <SectionMessages namespaces={HOME_CLIENT_NAMESPACES}>
        <SelectionProvider>
          <div className="search-layout">
            <section className="search-layout__filters" aria-labelledby="zoeken-titel">
              <Heading2 id="zoeken-titel">{tSearch("heading")}</Heading2>
              <NearSearch action={pathname} hidden={hidden} defaultAddress={url.get(ADDRESS_PARAM) ?? ""} />
              {addressProblem && (
                <Alert type="warning" className="page-alert">
                  <Paragraph>
                    {tSearch(ADDRESS_MESSAGES[addressProblem])}
                  </Paragraph>
                </Alert>
              )}
              <FilterForm key={searchKey} action={pathname} values={values} options={options} near={query.get("near")} clearHref={filtersActive ? hrefWithQuery(pathname, cleared) : null} />
            </section>
            <section className="search-layout__results" aria-labelledby={RESULTS_HEADING_ID}>
              <ResultsHeading id={RESULTS_HEADING_ID} searchKey={searchKey}>
                {tResults("heading", { count: result?.total ?? 0 })}
              </ResultsHeading>
              {near && <NearSummary near={near} clearHref={hrefWithQuery(pathname, withNear(query, null))} />}
              {noResults && <NoResultsHelp help={noResults} pathname={pathname} query={query} params={search.params} options={optionsData} locale={locale} />}
              <ResultList items={items} texts={texts} />
              {result && <PaginationLinks pathname={pathname} query={query} page={result.page} pages={pages} />}
            </section>
            <section className="search-layout__map" aria-labelledby="kaart-titel">
              <Heading2 id="kaart-titel" className="visually-hidden">
                {t("mapHeading")}
              </Heading2>
              <ServiceMap filters={mapPointsQuery(query)} selectedWijk={values.wijk || null} near={near && { lat: near.lat, lng: near.lng }} tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }} />
              <MapLegend showNear={near !== null} showSelectedWijk={values.wijk !== ""} />
            </section>
          </div>
        </SelectionProvider>
      </SectionMessages>
    </>
  );
}
