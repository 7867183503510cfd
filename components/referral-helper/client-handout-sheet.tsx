// The client's sheet on screen and on paper (app/styles/handout.css), in the sheet's own
// language and direction, which need not be the page's. The PDF draws the same model
// (lib/print/pdf/client-handout-pdf.ts). Nothing from the professional's view is in the model.
import { Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import { QrCode } from "@/components/print/qr-code";
import { isolateLtr } from "@/lib/i18n/bidi";
import type { ClientHandout, HandoutPlace, HandoutTranslator } from "@/lib/referral-helper/handout";

type Props = { handout: ClientHandout; t: HandoutTranslator };

function Place({ place, t, dutch }: { place: HandoutPlace; t: HandoutTranslator; dutch: "nl" | undefined }) {
  return (
    <li className="handout-place">
      <div className="handout-place__text">
        <Heading3 lang={dutch}>{place.name}</Heading3>
        {place.organisation !== place.name && (
          <p className="handout-place__organisation" lang={dutch}>
            {place.organisation}
          </p>
        )}
        <dl className="handout-facts">
          {place.address && (
            <div>
              <dt>{t("clientHandout.address")}</dt>
              <dd lang={dutch}>
                <bdi>{place.address}</bdi>
              </dd>
            </div>
          )}
          {place.phone && (
            <div>
              <dt>{t("clientHandout.phone")}</dt>
              {/* Numbers stay left to right inside Arabic text. */}
              <dd className="handout-facts__phone" dir="ltr">
                {place.phone}
              </dd>
            </div>
          )}
        </dl>
        {place.days.length > 0 && (
          <>
            <p className="handout-place__open">{t("clientHandout.open")}:</p>
            <ul className="handout-days">
              {place.days.map((day) => (
                <li key={day.day}>
                  {day.day}: <span dir="ltr">{day.times}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {place.hoursNote && <p className="handout-place__note">{place.hoursNote}</p>}
      </div>
      <figure className="handout-qr">
        <QrCode url={place.url} label={t("clientHandout.qrLabel", { url: place.shortUrl })} />
        <figcaption>{t("clientHandout.qrPlace")}</figcaption>
      </figure>
    </li>
  );
}

export function ClientHandoutSheet({ handout, t }: Props) {
  // Names and addresses are written in Dutch by the organisations.
  const dutch = handout.locale === "nl" ? undefined : "nl";
  return (
    <article className="handout-sheet" lang={handout.locale} dir={handout.dir} aria-labelledby="handout-titel">
      <header className="handout-sheet__header">
        <p className="handout-sheet__site">{t("site")}</p>
        <Heading1 id="handout-titel">{t("clientHandout.title")}</Heading1>
        <Paragraph>{t("clientHandout.intro", { buurt: handout.buurt })}</Paragraph>
        <Paragraph className="handout-sheet__week">{handout.week}</Paragraph>
      </header>

      {handout.buurtteams.length > 0 && (
        <section aria-labelledby="handout-buurtteam">
          <Heading2 id="handout-buurtteam">{t("clientHandout.buurtteam")}</Heading2>
          <Paragraph>{t("clientHandout.buurtteamIntro")}</Paragraph>
          <ul className="handout-places">
            {handout.buurtteams.map((team) => (
              <Place key={team.id} place={team} t={t} dutch={dutch} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="handout-gemeente" className="handout-gemeente">
        <Heading2 id="handout-gemeente">{t("clientHandout.gemeenteHeading")}</Heading2>
        <Paragraph>{t("clientHandout.gemeente", { phone: isolateLtr(handout.gemeente.phone, handout.locale) })}</Paragraph>
      </section>

      <section aria-labelledby="handout-plekken">
        <Heading2 id="handout-plekken">{t("clientHandout.places")}</Heading2>
        {handout.places.length === 0 ? (
          <Paragraph>{t("clientHandout.noPlaces")}</Paragraph>
        ) : (
          <ul className="handout-places handout-places--columns">
            {handout.places.map((place) => (
              <Place key={place.id} place={place} t={t} dutch={dutch} />
            ))}
          </ul>
        )}
      </section>

      <footer className="handout-sheet__footer">
        <figure className="handout-qr handout-qr--more">
          <QrCode url={handout.moreUrl} label={t("clientHandout.qrLabel", { url: handout.moreShortUrl })} />
        </figure>
        <div>
          {handout.truncated && <p className="handout-sheet__truncated">{t("clientHandout.truncated")}</p>}
          <p>{t("clientHandout.more")}</p>
          <p className="handout-sheet__url" dir="ltr">
            {handout.moreShortUrl}
          </p>
          <p className="handout-sheet__printed">{handout.printedOn}</p>
        </div>
      </footer>
    </article>
  );
}
