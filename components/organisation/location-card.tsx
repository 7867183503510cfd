import { useTranslations } from "next-intl";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { DetailMap } from "@/components/detail-map/detail-map";
import type { TileConfig } from "@/components/detail-map/types";
import type { OrganizationKind } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { routeHref } from "@/lib/organisations/contact-links";
import type { LocationView } from "@/lib/organisations/location-view";
import { ExternalLink } from "./external-link";
import { ServiceHours } from "./service-hours";
import { useSourceLang } from "./source-lang";
import { ListingText } from "./listing-text";

type Props = {
  view: LocationView;
  organisation: { slug: string; name: string; kind: OrganizationKind };
  tiles: TileConfig;
};

/** One place: where it is, how to get in, and when each service is held there. */
export function LocationCard({ view, organisation, tiles }: Props) {
  const t = useTranslations("Location");
  const terms = useTranslations("Terms");
  const lang = useSourceLang();
  const { location } = view;
  const headingId = `locatie-${location.id}`;
  const address = `${location.address1}, ${location.postalCode} ${location.city}`;
  return (
    <section className="location-card" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{location.name}</Heading3>
      <div className="location-card__body">
        <figure className="location-card__map">
          <DetailMap
            tiles={tiles}
            label={t("mapCaption", { name: location.name })}
            markers={[{ id: location.id, lat: location.latitude, lng: location.longitude, title: location.name, address, organisations: [organisation] }]}
          />
          <figcaption className="visually-hidden">{t("mapCaption", { name: location.name })}</figcaption>
        </figure>
        <div className="location-card__facts">
          <p className="location-card__label">{t("address")}</p>
          <address className="location-card__address">
            <bdi>{location.address1}</bdi>
            <br />
            <bdi>
              {location.postalCode} {location.city}
            </bdi>
          </address>
          {location.exampleData && <p className="example-data-note">{t("exampleAddress")}</p>}
          {location.buurt && (
            <p>
              <Link href={`/wijken/${location.buurt.wijk.slug}`} className="utrecht-link">
                {t("inWijk", { wijk: location.buurt.wijk.name })}
              </Link>
            </p>
          )}
          <p>
            <ExternalLink href={routeHref(location.latitude, location.longitude)}>{t("route", { name: location.name })}</ExternalLink>
          </p>
          {view.role && <p>{t("role", { role: view.role })}</p>}
          {location.description && <Paragraph lang={lang}>{location.description}</Paragraph>}
          {location.transportation && (
            <>
              <p className="location-card__label">{t("transport")}</p>
              <p>
                <ListingText text={location.transportation} lang={location.textLang.transportation} />
              </p>
            </>
          )}
          <p className="location-card__label">{t("accessibility")}</p>
          {location.accessibility.length > 0 ? (
            <ul className="accessibility-list">
              {location.accessibility.map((feature) => (
                <li key={feature}>{terms(`accessibility.${feature}`)}</li>
              ))}
            </ul>
          ) : (
            !location.accessibilityNote && <p>{t("noAccessibility")}</p>
          )}
          {location.accessibilityNote && <p lang={lang}>{location.accessibilityNote}</p>}
        </div>
      </div>
      {view.services.map((service) => (
        <ServiceHours key={service.serviceId} service={service} headingId={`${headingId}-${service.serviceId}`} />
      ))}
    </section>
  );
}
