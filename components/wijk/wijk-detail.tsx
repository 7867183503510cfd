import { useTranslations } from "next-intl";
import { FullLocaleLink } from "@/components/layout/full-locale-link";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { DetailMap } from "@/components/detail-map/detail-map";
import type { TileConfig } from "@/components/detail-map/types";
import { Breadcrumb } from "@/components/organisation/breadcrumb";
import { NetworkList } from "@/components/organisation/network-list";
import { Link } from "@/lib/i18n/navigation";
import { groupHelpByTrack } from "@/lib/wijken/help-groups";
import { WIJK_HELP_PER_PAGE, type WijkHelpPageData } from "@/lib/wijken/help-page";
import { WijkkaartLink } from "@/components/print/print-links";
import { CityWideNumbers } from "@/components/search/city-wide-numbers";
import { BuurtteamTable } from "./buurtteam-table";
import { HelpPages } from "./help-pages";
import { WijkHelpList } from "./wijk-help-list";

/** The whole wijk page, with one page of its help; the route only fetches and passes the data. */
export function WijkDetail({ data, tiles }: { data: WijkHelpPageData; tiles: TileConfig }) {
  const t = useTranslations("WijkPage");
  const crumbs = useTranslations("Breadcrumb");
  const networkView = useTranslations("Network");
  const { wijk, services, buurtteams, networks, total, page, pages } = data;
  const groups = groupHelpByTrack(services);
  const from = (page - 1) * WIJK_HELP_PER_PAGE + 1;

  return (
    <article className="detail-page">
      <Breadcrumb
        trail={[
          { href: "/", label: crumbs("map") },
          { href: "/wijken", label: crumbs("wijken") },
        ]}
        current={wijk.name}
      />
      <Heading1>{t("title", { wijk: wijk.name })}</Heading1>
      <Paragraph lead>{t("lead", { wijk: wijk.name })}</Paragraph>
      <WijkkaartLink slug={wijk.slug} />

      <section className="detail-section" aria-labelledby="kaart-titel">
        <Heading2 id="kaart-titel" className="visually-hidden">
          {t("mapHeading")}
        </Heading2>
        {/* Its places come from the API after the page is on screen: thousands at the size of the Netherlands. */}
        {wijk.boundary || total > 0 ? (
          <DetailMap tiles={tiles} boundary={wijk.boundary} markers={[]} placesFrom={{ filters: `wijk=${encodeURIComponent(wijk.slug)}` }} interactive label={t("mapLabel", { wijk: wijk.name })} />
        ) : (
          <Paragraph>{t("noMap")}</Paragraph>
        )}
      </section>

      <section id="buurtteams" className="detail-section" aria-labelledby="buurtteams-titel">
        <Heading2 id="buurtteams-titel">{t("buurtteamsHeading")}</Heading2>
        <Paragraph>{t("buurtteamsIntro")}</Paragraph>
        <BuurtteamTable wijkName={wijk.name} rows={buurtteams} />
      </section>

      <section id="hulp" className="detail-section" aria-labelledby="hulp-titel">
        <Heading2 id="hulp-titel">{t("helpHeading", { wijk: wijk.name })}</Heading2>
        {groups.length === 0 ? (
          <>
            <Paragraph>{t("noHelp")}</Paragraph>
            {/* No dead end (issue 11): numbers anyone in Utrecht can call. */}
            <CityWideNumbers />
          </>
        ) : (
          <>
            {pages > 1 && <Paragraph>{t("helpCount", { total, wijk: wijk.name, from, to: from + services.length - 1 })}</Paragraph>}
            <WijkHelpList groups={groups} />
            <HelpPages wijk={wijk} page={page} pages={pages} />
          </>
        )}
        <Paragraph>
          {t("cityWide")}{" "}
          <Link href="/" className="utrecht-link">
            {t("toMap")}
          </Link>
        </Paragraph>
      </section>

      <section id="samenwerking" className="detail-section" aria-labelledby="samenwerking-titel">
        <Heading2 id="samenwerking-titel">{t("networksHeading", { wijk: wijk.name })}</Heading2>
        {networks.length === 0 ? <Paragraph>{t("noNetworks")}</Paragraph> : <NetworkList networks={networks} showWijk={false} />}
        <Paragraph>
          <FullLocaleLink href={{ pathname: "/netwerk", query: { wijk: wijk.slug } }} className="utrecht-link">
            {networkView("view.inWijk", { wijk: wijk.name })}
          </FullLocaleLink>
        </Paragraph>
      </section>
    </article>
  );
}
