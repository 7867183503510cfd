import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Alert, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { buurtNames, findLocation } from "@/lib/listings/location-queries";
import { Link } from "@/lib/i18n/navigation";
import { LocationForm } from "@/components/manage/locations/location-form";
import { UnlinkLocationForm } from "@/components/manage/locations/unlink-location-form";

type Props = { params: Promise<{ locale: string; id: string; locationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing.locations" });
  return { title: t("editTitle") };
}

export default async function EditLocationPage({ params }: Props) {
  const { locale, id, locationId } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/adressen/${locationId}`);
  const organisation = await requireEditableOrganisation(user, id);
  const location = await findLocation(user, organisation.id, locationId);
  const t = await getTranslations("Listing.locations");
  // Not a 404: right after "Haal weg" this very page is rendered again, and should say what happened.
  if (!location) {
    return (
      <section aria-labelledby="adres-weg">
        <Heading2 id="adres-weg">{t("goneTitle")}</Heading2>
        <Alert type="info" role="status">
          <Paragraph>{t("gone")}</Paragraph>
        </Alert>
        <Paragraph>
          <Link href={`/beheer/organisaties/${organisation.id}/adressen`}>{t("back")}</Link>
        </Paragraph>
      </section>
    );
  }
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  const sharedWith = location.sharedWith.map((o) => o.name);
  return (
    <>
      <section aria-labelledby="adres-wijzigen" className="manage-listing">
        <Heading2 id="adres-wijzigen">{t("editTitle")}</Heading2>
        <LocationForm
          organisationId={organisation.id}
          location={location}
          sharedWith={sharedWith}
          tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }}
          buurtNames={await buurtNames()}
        />
      </section>
      <section aria-labelledby="adres-weghalen" className="manage-section manage-narrow">
        <Heading3 id="adres-weghalen">{t("unlinkTitle")}</Heading3>
        <UnlinkLocationForm organisationId={organisation.id} locationId={location.id} version={location.version} sharedWith={sharedWith} />
      </section>
    </>
  );
}
