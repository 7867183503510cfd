import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading2 } from "@utrecht/component-library-react";
import { env } from "@/lib/env";
import { requireUser } from "@/lib/auth/session";
import { requireEditableOrganisation } from "@/lib/listings/manage-queries";
import { buurtNames } from "@/lib/listings/location-queries";
import { LocationForm } from "@/components/manage/locations/location-form";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Listing.locations" });
  return { title: t("newTitle") };
}

export default async function NewLocationPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(`/beheer/organisaties/${id}/adressen/nieuw`);
  const organisation = await requireEditableOrganisation(user, id);
  const t = await getTranslations("Listing.locations");
  const { TILE_URL, TILE_ATTRIBUTION } = env();
  return (
    <section aria-labelledby="nieuw-adres" className="manage-listing">
      <Heading2 id="nieuw-adres">{t("newTitle")}</Heading2>
      <LocationForm organisationId={organisation.id} tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }} buurtNames={await buurtNames()} />
    </section>
  );
}
