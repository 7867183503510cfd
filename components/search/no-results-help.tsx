// What the map page shows instead of a dead end when a search finds nothing (issue 11,
// point 4): links to the same search with one filter left out that do find something, most
// results first; the buurtteam of the chosen buurt or wijk; and the numbers for all of
// Utrecht. Plain links and tel: links, so it works without JavaScript.
import { useTranslations } from "next-intl";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { isolateLtr } from "@/lib/i18n/bidi";
import { useCategoryName } from "@/lib/i18n/category-name";
import { HelpFinderEntry } from "@/components/help-finder/help-finder-entry";
import { Link } from "@/lib/i18n/navigation";
import type { FilterOptionsData } from "@/lib/map/filter-options";
import type { NoResultsHelp as Help } from "@/lib/map/no-results";
import { telHref } from "@/lib/organisations/contact-links";
import { helpfulRelaxations, paramsOf, type RelaxableFilter } from "@/lib/search/relaxations";
import type { SearchParams } from "@/lib/search/schemas";
import { languageName, weekdayNames } from "@/lib/search-ui/names";
import { queryWithout } from "@/lib/search-ui/page-params";
import { hrefWithQuery } from "@/lib/search-ui/query-string";
import { CityWideNumbers } from "./city-wide-numbers";
import { RelaxedSearchLink } from "./relaxed-search-link";
import "@/app/styles/no-results.css";

type Props = {
  help: Help;
  /** The map page's localised path and its search as a URL query. */
  pathname: string;
  query: URLSearchParams;
  params: SearchParams;
  options: FilterOptionsData;
  locale: string;
};

export function NoResultsHelp({ help, pathname, query, params, options, locale }: Props) {
  const t = useTranslations("NoResults");
  const tSearch = useTranslations("Search");
  const tLanguages = useTranslations("Languages");
  const tResults = useTranslations("Results");
  const nameOf = useCategoryName();
  const relaxed = helpfulRelaxations(help.relaxed ?? []);

  /** The chosen values of a filter as the form names them: "maandag 10:00", "Voedsel", "Arabisch". */
  const valueOf = (filter: RelaxableFilter): string => {
    const list = (names: string[]) => names.join(", ");
    switch (filter) {
      case "q":
        return params.q ?? "";
      case "category":
        return list(params.category.map((slug) => {
          const category = options.categories.find((c) => c.slug === slug);
          return category ? nameOf(category) : slug;
        }));
      case "open":
        if (params.open === "now" || !params.open) return tSearch("filters.openNow");
        return params.at ? `${weekdayNames(locale)[params.open]} ${params.at}` : weekdayNames(locale)[params.open];
      case "lang":
        return list(params.lang.map((code) => languageName(code, locale, (c) => (tLanguages.has(c) ? tLanguages(c) : undefined))));
      case "access":
        return list(params.access.map((mode) => tSearch(`access.${mode}`)));
      case "phase":
        return list(params.phase.map((phase) => tSearch(`phases.${phase}`)));
      case "kind":
        return params.kind === "formal" ? t("kinds.formal") : t("kinds.informal");
      default:
        return "";
    }
  };

  const linkText = (filter: RelaxableFilter, count: number): string => {
    switch (filter) {
      case "area":
        return t("fewer.area", { count });
      case "q":
        return t("fewer.q", { value: valueOf(filter), count });
      case "free":
        return t("fewer.free", { count });
      case "no_registration":
        return t("fewer.noRegistration", { count });
      default:
        return t("fewer.without", { value: valueOf(filter), count });
    }
  };

  return (
    <div className="no-results">
      <Paragraph>{t("intro")}</Paragraph>
      <HelpFinderEntry />
      {relaxed.length > 0 ? (
        <>
          <Heading3>{t("fewerHeading")}</Heading3>
          <ul className="no-results__list">
            {relaxed.map(({ filter, count }) => (
              <li key={filter}>
                <RelaxedSearchLink href={hrefWithQuery(pathname, queryWithout(query, paramsOf(filter)))}>{linkText(filter, count)}</RelaxedSearchLink>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{tResults("none")}</Paragraph>
      )}

      <Heading3>{help.area ? t("teamsHeading", { count: Math.max(1, help.teams.length), area: help.area.name }) : t("teamsHeadingAny")}</Heading3>
      <Paragraph>{t("teamsIntro")}</Paragraph>
      {help.teams.length > 0 && (
        <ul className="no-results__list">
          {help.teams.map((team) => (
            <li key={team.slug}>
              <Link href={`/organisaties/${team.slug}`} className="utrecht-link">
                {team.name}
              </Link>{" "}
              ({team.kind === "sociaal" ? t("teamKinds.sociaal") : t("teamKinds.jeugdEnGezin")})
              {team.phone && (
                <>
                  <br />
                  <a href={telHref(team.phone)} className="utrecht-link">
                    {t("call", { phone: isolateLtr(team.phone, locale) })}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        {help.area ? (
          <Link href={`/wijken/${help.area.wijkSlug}#buurtteams`} className="utrecht-link">
            {t("teamsPerBuurt")}
          </Link>
        ) : (
          <Link href="/wijken" className="utrecht-link">
            {t("teamsFind")}
          </Link>
        )}
      </Paragraph>

      <CityWideNumbers />
    </div>
  );
}
