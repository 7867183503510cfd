// The organisation's addresses, each with its buurt, who else is there, and the help given
// there: the page's main content, and the text alternative to any map.
import { getTranslations } from "next-intl/server";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { ManagedLocation } from "@/lib/listings/location-queries";

export async function LocationList({ organisationId, locations }: { organisationId: string; locations: ManagedLocation[] }) {
  const t = await getTranslations("Listing.locations");
  if (locations.length === 0) return <Paragraph>{t("none")}</Paragraph>;
  return (
    <ul className="manage-list">
      {locations.map((location) => (
        <li key={location.id} className="manage-list__item">
          <Heading3>{location.name}</Heading3>
          <Paragraph>
            {location.address1}, {location.postalCode} {location.city}
            <br />
            {location.buurt ? t("buurt", { name: location.buurt.name }) : t("noBuurt")}
          </Paragraph>
          {location.sharedWith.length > 0 && <Paragraph>{t("sharedWith", { names: location.sharedWith.map((o) => o.name).join(", ") })}</Paragraph>}
          <Paragraph>
            {location.services.length > 0 ? t("servicesHere", { names: location.services.map((s) => s.name).join(", ") }) : t("noServicesHere")}
          </Paragraph>
          <Paragraph>
            <Link href={`/beheer/organisaties/${organisationId}/adressen/${location.id}`}>{t("edit", { name: location.name })}</Link>
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
