import { connection } from "next/server";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { OrganisationMap } from "@/components/map/organisation-map";
import { OrganisationList } from "@/components/organisations/organisation-list";
import { env } from "@/lib/env";
import { toMapPoints } from "@/lib/organisations/map-points";
import { listPublishedOrganisations } from "@/lib/organisations/queries";

export default async function HomePage() {
  await connection();
  const organisations = await listPublishedOrganisations();
  const { TILE_URL, TILE_ATTRIBUTION } = env();

  return (
    <>
      <Heading1>Hulp bij geldzorgen in Utrecht</Heading1>
      <Paragraph lead>
        Hier vind je alle plekken in Utrecht die helpen bij geldzorgen en schulden: van de gemeente en het buurtteam tot
        de voedselbank, de moskee en het inloopspreekuur in je wijk. Je hoeft je nergens aan te melden.
      </Paragraph>
      <div className="home-layout">
        <section className="home-layout__map" aria-labelledby="kaart-titel">
          <Heading2 id="kaart-titel" className="visually-hidden">
            Kaart
          </Heading2>
          <OrganisationMap points={toMapPoints(organisations)} tiles={{ url: TILE_URL, attribution: TILE_ATTRIBUTION }} />
        </section>
        <section aria-labelledby="lijst-titel">
          <Heading2 id="lijst-titel">{organisations.length} organisaties</Heading2>
          <OrganisationList organisations={organisations} />
        </section>
      </div>
    </>
  );
}
