import type { PublishedOrganisation } from "@/lib/organisations/queries";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { KindBadge } from "./kind-badge";

export function OrganisationList({ organisations }: { organisations: PublishedOrganisation[] }) {
  return (
    <ul className="organisation-list" aria-label="Organisaties">
      {organisations.map((organisation) => (
        <li key={organisation.id} id={`organisatie-${organisation.slug}`} className="organisation-card">
          <Heading3>{organisation.name}</Heading3>
          <KindBadge kind={organisation.kind} />
          <Paragraph>{organisation.description}</Paragraph>
          {organisation.locations.length > 0 && (
            <ul className="organisation-card__addresses" aria-label="Adressen">
              {organisation.locations.map(({ location }) => (
                <li key={location.id}>
                  {location.name !== organisation.name && <>{location.name}: </>}
                  {location.address1}, {location.postalCode} {location.city}
                </li>
              ))}
            </ul>
          )}
          {organisation.exampleData && (
            <Paragraph className="example-data-note">Let op: sommige gegevens zijn voorbeeldgegevens.</Paragraph>
          )}
        </li>
      ))}
    </ul>
  );
}
