import { useTranslations } from "next-intl";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import type { TileConfig } from "@/components/detail-map/types";
import type { OrganisationDetail as Detail } from "@/lib/organisations/detail-queries";
import type { LocationView } from "@/lib/organisations/location-view";
import { Breadcrumb } from "./breadcrumb";
import { ContactLinks } from "./contact-links";
import { LocationCard } from "./location-card";
import { NetworkList } from "./network-list";
import { OrganisationHeader } from "./organisation-header";
import { ReferralSection } from "./referral-section";
import { ServiceCard } from "./service-card";
import { ReportSection, REPORT_SECTION_ID } from "@/components/reports/report-section";
import { OrganisationPrintLinks } from "@/components/print/print-links";

type Props = { organisation: Detail; locations: LocationView[]; now: Date; tiles: TileConfig };

/** The whole public page of one organisation; the route only fetches and passes the data. */
export function OrganisationDetail({ organisation, locations, now, tiles }: Props) {
  const t = useTranslations("OrganisationPage");
  const crumbs = useTranslations("Breadcrumb");
  const report = useTranslations("Moderation.report");
  const hasReferrals = organisation.referralsOut.length > 0 || organisation.referralsIn.length > 0;
  const hasNetworks = organisation.networks.length > 0;
  const sections = [
    { id: "contact", label: t("contactHeading") },
    { id: "wat-ze-doen", label: t("servicesHeading") },
    { id: "waar-en-wanneer", label: t("locationsHeading") },
    ...(hasReferrals ? [{ id: "doorverwijzen", label: t("referralsHeading") }] : []),
    ...(hasNetworks ? [{ id: "samenwerking", label: t("networksHeading") }] : []),
    { id: REPORT_SECTION_ID, label: report("contents") },
  ];

  return (
    <article className="detail-page">
      <Breadcrumb trail={[{ href: "/", label: crumbs("map") }]} current={organisation.name} />
      <OrganisationHeader organisation={organisation} now={now} />
      <OrganisationPrintLinks slug={organisation.slug} />

      <nav className="page-contents" aria-label={t("pageContents")}>
        <ul>
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className="utrecht-link">
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="contact" className="detail-section" aria-labelledby="contact-titel">
        <Heading2 id="contact-titel">{t("contactHeading")}</Heading2>
        <ContactLinks name={organisation.name} contact={organisation} />
      </section>

      <section id="wat-ze-doen" className="detail-section" aria-labelledby="wat-ze-doen-titel">
        <Heading2 id="wat-ze-doen-titel">{t("servicesHeading")}</Heading2>
        {organisation.services.length === 0 && <Paragraph>{t("noServices")}</Paragraph>}
        {organisation.services.map((service) => (
          <ServiceCard key={service.id} service={service} organisation={organisation} />
        ))}
      </section>

      <section id="waar-en-wanneer" className="detail-section" aria-labelledby="waar-en-wanneer-titel">
        <Heading2 id="waar-en-wanneer-titel">{t("locationsHeading")}</Heading2>
        {locations.length === 0 && <Paragraph>{t("noLocations")}</Paragraph>}
        {locations.map((view) => (
          <LocationCard key={view.location.id} view={view} organisation={organisation} tiles={tiles} />
        ))}
      </section>

      {hasReferrals && <ReferralSection organisation={organisation} />}

      {hasNetworks && (
        <section id="samenwerking" className="detail-section" aria-labelledby="samenwerking-titel">
          <Heading2 id="samenwerking-titel">{t("networksHeading")}</Heading2>
          <NetworkList networks={organisation.networks.map(({ network }) => network)} />
        </section>
      )}

      <ReportSection organisationId={organisation.id} organisationName={organisation.name} now={now} />
    </article>
  );
}
