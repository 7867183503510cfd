// The organisation's services with their status and addresses, and links to the three pages
// of each: its own fields, its opening hours and its area.
import { getTranslations } from "next-intl/server";
import { Heading3, Paragraph } from "@utrecht/component-library-react";
import { Link } from "@/lib/i18n/navigation";
import type { listServices } from "@/lib/listings/service-queries";

type Item = Awaited<ReturnType<typeof listServices>>[number];

export async function ServiceList({ organisationId, services }: { organisationId: string; services: Item[] }) {
  const t = await getTranslations("Listing.services");
  if (services.length === 0) return <Paragraph>{t("none")}</Paragraph>;
  return (
    <ul className="manage-list">
      {services.map((service) => {
        const base = `/beheer/organisaties/${organisationId}/hulp/${service.id}`;
        return (
          <li key={service.id} className="manage-list__item">
            <Heading3>{service.name}</Heading3>
            <Paragraph>
              {/* The status in words, also shown as a label with a border: never by colour alone. */}
              <span className={`service-status service-status--${service.status.toLowerCase()}`}>{t("statusLabel", { status: t(`status.${service.status}`) })}</span>
            </Paragraph>
            <Paragraph>{service.locations.length > 0 ? t("locationsHere", { names: service.locations.map((l) => l.name).join(", ") }) : t("noLocations")}</Paragraph>
            <ul className="manage-actions manage-actions--links">
              <li>
                <Link href={base}>{t("edit", { name: service.name })}</Link>
              </li>
              <li>
                <Link href={`${base}/tijden`} aria-label={t("hoursOf", { name: service.name })}>
                  {t("hours")}
                </Link>
              </li>
              <li>
                <Link href={`${base}/gebied`} aria-label={t("areaOf", { name: service.name })}>
                  {t("area")}
                </Link>
              </li>
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
