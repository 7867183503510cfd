import { useTranslations } from "next-intl";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import type { PublishedOrganisation } from "@/lib/organisations/queries";
import { KindBadge } from "./kind-badge";

export function OrganisationList({ organisations }: { organisations: PublishedOrganisation[] }) {
  const t = useTranslations("Organisation");
  return (
    <ul className="organisation-list" aria-label={t("list")}>
      {organisations.map((organisation) => (
        <li key={organisation.id} id={`organisatie-${organisation.slug}`} className="organisation-card">
          <Heading3>{organisation.name}</Heading3>
          <KindBadge kind={organisation.kind} />
          <Paragraph>{organisation.description}</Paragraph>
          {organisation.locations.length > 0 && (
            <ul className="organisation-card__addresses" aria-label={t("addresses")}>
              {organisation.locations.map(({ location }) => (
                <li key={location.id}>
                  {location.name !== organisation.name && <>{location.name}: </>}
                  {location.address1}, {location.postalCode} {location.city}
                </li>
              ))}
            </ul>
          )}
          {organisation.exampleData && <Paragraph className="example-data-note">{t("exampleData")}</Paragraph>}
        </li>
      ))}
    </ul>
  );
}
