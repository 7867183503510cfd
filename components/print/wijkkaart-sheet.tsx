import { useTranslations } from "next-intl";
import { Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import type { Wijkkaart, WijkPlace, WijkTeam } from "@/lib/print/wijkkaart";
import { ServiceTimes } from "./handout-sheet";
import { QrCode } from "./qr-code";

function Team({ team }: { team: WijkTeam }) {
  return (
    <li className="print-team">
      <strong>{team.name}</strong>
      {/* Left to right on an Arabic sheet: otherwise "030-740 1111" shows as "740-030 1111". */}
      {team.phone && (
        <span className="print-team__phone" dir="ltr">
          {team.phone}
        </span>
      )}
      <span className="print-team__buurten">{team.buurten}</span>
    </li>
  );
}

function Place({ place }: { place: WijkPlace }) {
  const t = useTranslations("Print");
  return (
    <li className="print-place print-place--compact">
      <h4 className="print-place__name">{place.organisation}</h4>
      <p className="print-place__address">
        {place.place}, {place.address}
      </p>
      {place.phone && (
        <p>
          {t("phone")}: <span dir="ltr">{place.phone}</span>
        </p>
      )}
      {place.services.map((service) => (
        <ServiceTimes key={service.name} service={service} headingLevel={5} />
      ))}
    </li>
  );
}

/** The A4 wijkkaart on screen and on paper, in two columns; the PDF draws the same model. */
export function WijkkaartSheet({ kaart }: { kaart: Wijkkaart }) {
  const t = useTranslations("Print");
  const groups = [
    { id: "wijkkaart-buurt", label: t("informal"), places: kaart.informal },
    { id: "wijkkaart-instanties", label: t("formal"), places: kaart.formal },
  ].filter((group) => group.places.length > 0);
  return (
    <article className="print-sheet print-sheet--wijkkaart" lang={kaart.locale}>
      <header className="print-sheet__header">
        <div>
          <p className="print-sheet__site">{t("site")}</p>
          <Heading1>{kaart.title}</Heading1>
          <Paragraph>{kaart.intro}</Paragraph>
          <p className="print-sheet__url">
            {/* An address reads left to right on an Arabic sheet too. */}
            <span dir="ltr">{kaart.shortUrl}</span>
          </p>
        </div>
        <figure className="print-qr print-qr--small">
          <QrCode url={kaart.url} label={t("qrLabel", { url: kaart.shortUrl })} />
          <figcaption>{kaart.qrCaption}</figcaption>
        </figure>
      </header>

      <div className="print-columns">
        <section aria-labelledby="wijkkaart-teams">
          <Heading2 id="wijkkaart-teams">{t("buurtteams")}</Heading2>
          <p>{t("buurtteamsIntro")}</p>
          <ul className="print-list">
            {[...kaart.teams.sociaal, ...kaart.teams.jeugdEnGezin].map((team) => (
              <Team key={team.name} team={team} />
            ))}
          </ul>
        </section>

        <section aria-labelledby="wijkkaart-plekken">
          <Heading2 id="wijkkaart-plekken">{t("places")}</Heading2>
          {groups.length === 0 && <p>{t("noPlaces")}</p>}
          {groups.map((group) => (
            <div key={group.id}>
              <Heading3 id={group.id}>{group.label}</Heading3>
              <ul className="print-list" aria-labelledby={group.id}>
                {group.places.map((place) => (
                  <Place key={`${place.organisation}|${place.address}`} place={place} />
                ))}
              </ul>
            </div>
          ))}
          {kaart.withoutAddress.length > 0 && (
            <>
              <Heading3 id="wijkkaart-zonder-adres">{t("noAddress")}</Heading3>
              <ul className="print-list" aria-labelledby="wijkkaart-zonder-adres">
                {kaart.withoutAddress.map((item) => (
                  <li key={`${item.organisation}|${item.service}`} className="print-team">
                    <strong>
                      {item.organisation}: {item.service}
                    </strong>
                    {item.phone && (
                      <span>
                        {t("phone")}: <span dir="ltr">{item.phone}</span>
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {kaart.truncated && <p className="print-sheet__more">{t("more")}</p>}
        </section>
      </div>
      <footer className="print-sheet__footer">
        <p>{kaart.printedOn}</p>
      </footer>
    </article>
  );
}
