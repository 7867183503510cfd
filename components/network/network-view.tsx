import { useTranslations } from "next-intl";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { Breadcrumb } from "@/components/organisation/breadcrumb";
import { Link } from "@/lib/i18n/navigation";
import type { NetworkGraph } from "@/lib/network/graph-queries";
import type { GraphLayout } from "@/lib/network/layout";
import { NetworkDrawing } from "./network-drawing";
import { NetworkFilterForm, type FilterChoice } from "./network-filter-form";
import { NetworkLegend } from "./network-legend";
import { OrganisationGroups } from "./organisation-groups";
import { ReferralTable } from "./referral-table";

type Props = {
  graph: NetworkGraph;
  layout: GraphLayout;
  form: Omit<React.ComponentProps<typeof NetworkFilterForm>, "wijken" | "networks"> & { wijken: FilterChoice[]; networks: FilterChoice[] };
};

/** /netwerk: who refers to whom, as a drawing with a table and a list that say the same. */
export function NetworkView({ graph, layout, form }: Props) {
  const t = useTranslations("Network");
  const crumbs = useTranslations("Breadcrumb");
  const counts = { organisations: graph.organisations.length, links: graph.links.length };
  const formKey = `${form.values.wijk}|${form.values.netwerk}|${form.values.kind}`;

  return (
    <div className="network-page">
      <Breadcrumb trail={[{ href: "/", label: crumbs("map") }]} current={t("crumbs.view")} />
      <Heading1>{t("view.title")}</Heading1>
      <Paragraph lead>{t("view.lead")}</Paragraph>
      <Paragraph>
        <Link href="/netwerken" className="utrecht-link">
          {t("view.networksLink")}
        </Link>
      </Paragraph>

      {/* Remounted per selection, so "Alles tonen" (a client-side link) also resets the choices. */}
      <NetworkFilterForm key={formKey} {...form} />

      <p className="network-summary" role="status">
        {t("view.summary", counts)}
      </p>

      {graph.organisations.length === 0 ? (
        <Paragraph>{t("view.empty")}</Paragraph>
      ) : (
        <>
          <section className="detail-section" aria-labelledby="tekening-titel">
            <Heading2 id="tekening-titel">{t("view.drawingHeading")}</Heading2>
            {graph.hiddenCount > 0 && (
              <Paragraph>
                {t("view.hidden", { count: graph.hiddenCount })}{" "}
                <Link href="/" className="utrecht-link">
                  {t("view.toMap")}
                </Link>
              </Paragraph>
            )}
            <div className="network-drawing__layout">
              {/* Wide drawings scroll sideways on a phone; the region can take keyboard focus to scroll. */}
              <div className="network-drawing__scroll" role="region" aria-label={t("view.scrollRegion")} tabIndex={0}>
                <NetworkDrawing layout={layout} label={t("view.drawingLabel", counts)} />
              </div>
              <NetworkLegend />
            </div>
          </section>

          <section id="afspraken" className="detail-section" aria-labelledby="afspraken-titel">
            <Heading2 id="afspraken-titel">{t("view.tableHeading")}</Heading2>
            {graph.links.length === 0 ? <Paragraph>{t("view.noLinks")}</Paragraph> : <ReferralTable links={graph.links} />}
          </section>

          <section id="organisaties" className="detail-section" aria-labelledby="organisaties-titel">
            <Heading2 id="organisaties-titel">{t("view.organisationsHeading")}</Heading2>
            <OrganisationGroups organisations={graph.organisations} />
          </section>
        </>
      )}
    </div>
  );
}
