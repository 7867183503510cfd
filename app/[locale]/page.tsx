import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { OrganisationMap } from "@/components/map/organisation-map";
import { OrganisationList } from "@/components/organisations/organisation-list";
import { env } from "@/lib/env";
import { toMapPoints } from "@/lib/organisations/map-points";
import { listPublishedOrganisations } from "@/lib/organisations/queries";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  const [organisations, t] = await Promise.all([listPublishedOrganisations(), getTranslations("Home")]);
  const { TILE_URL, TILE_ATTRIBUTION } = env();

  return (
    <>
      <Heading1>{t("title")}</Heading1>
      <Paragraph lead>{t("lead")}</Paragraph>
      <div className="home-layout">
        <section className="home-layout__map" aria-labelledby="kaart-titel">
          <Heading2 id="kaart-titel" className="visually-hidden">
            {t("mapHeading")}
          </Heading2>
          <OrganisationMap points={toMapPoints(organisations)} tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }} />
        </section>
        <section aria-labelledby="lijst-titel">
          <Heading2 id="lijst-titel">{t("listHeading", { count: organisations.length })}</Heading2>
          <OrganisationList organisations={organisations} />
        </section>
      </div>
    </>
  );
}
