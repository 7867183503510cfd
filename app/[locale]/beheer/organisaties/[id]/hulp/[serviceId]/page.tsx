import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { requireService, serviceFormOptions } from "@/lib/listings/service-queries";
import { Link } from "@/lib/i18n/navigation";
import { ServiceForm } from "@/components/manage/services/service-form";

type Props = { params: Promise<{ locale: string; id: string; serviceId: string }>; searchParams: Promise<{ melding?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing.services" });
  return { title: t("editTitle") };
}

export default async function EditServicePage({ params, searchParams }: Props) {
  const { locale, id, serviceId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/hulp/${serviceId}`);
  const organisation = await requireEditableOrganisation(user, id);
  const service = await requireService(user, organisation.id, serviceId);
  const [t, options, { melding }] = await Promise.all([getTranslations("Listing.services"), serviceFormOptions(user, organisation.id, locale), searchParams]);
  const base = `/beheer/organisaties/${organisation.id}/hulp/${service.id}`;
  return (
    <>
      <section aria-labelledby="hulp-wijzigen" className="manage-listing">
        <Heading2 id="hulp-wijzigen">
          {t("editTitle")}: {service.name}
        </Heading2>
        {melding === "toegevoegd" && (
          <Alert type="ok" role="status">
            <Paragraph>{t("added")}</Paragraph>
          </Alert>
        )}
        <nav aria-labelledby="hulp-onderdelen" className="service-parts">
          <Heading3 id="hulp-onderdelen">{t("moreTitle")}</Heading3>
          <Paragraph>{t("moreLead")}</Paragraph>
          <ul className="manage-actions manage-actions--links">
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
        </nav>
        <ServiceForm organisationId={organisation.id} service={service} categories={options.categories} locations={options.locations} />
      </section>
    </>
  );
}
