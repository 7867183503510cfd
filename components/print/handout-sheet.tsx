import { useTranslations } from "next-intl";
import { Heading1, Heading2, Heading3, Paragraph } from "@utrecht/component-library-react";
import type { Handout, HandoutService } from "@/lib/print/handout";
import { QrCode } from "./qr-code";
import { directionOf } from "@/lib/i18n/routing";

export function ServiceTimes({ service, headingLevel }: { service: HandoutService; headingLevel: 4 | 5 }) {
  const t = useTranslations("Print");
  const Title = headingLevel === 4 ? "h4" : "h5";
  return (
    <div className="print-service">
      <Title className="print-service__name">{service.name}</Title>
      {service.lines.length === 0 ? (
        <p>{t("noHours")}</p>
      ) : (
        <dl className="print-hours">
          {service.lines.map((line) => (
            <div key={line.days} className="print-hours__row">
              <dt>{line.days}</dt>
              <dd>{line.times}</dd>
            </div>
          ))}
        </dl>
      )}
      {/* The coordinator's note on the hours is never translated: marked as Dutch (ADR 0012) and left to right on an Arabic sheet. */}
      {service.note && (
        <p className="print-service__note" lang="nl" dir="ltr">
          {service.note}
        </p>
      )}
      {service.thisWeek.length > 0 && (
        <p className="print-service__week">
          <strong>{t("thisWeek")}:</strong> {service.thisWeek.join("; ")}
        </p>
      )}
    </div>
  );
}

/** The one-page folder on screen and on paper; the PDF draws the same model. */
export function HandoutSheet({ handout }: { handout: Handout }) {
  const t = useTranslations("Print");
  return (
    <article className="print-sheet print-sheet--handout" lang={handout.locale}>
      <header className="print-sheet__header">
        <div>
          <p className="print-sheet__site">{t("site")}</p>
          <Heading1>{handout.name}</Heading1>
          <p className="print-sheet__kind">{handout.kindLabel}</p>
        </div>
        <figure className="print-qr">
          <QrCode url={handout.url} label={t("qrLabel", { url: handout.shortUrl })} />
          <figcaption>{t("qrCaption")}</figcaption>
        </figure>
      </header>

      <section aria-labelledby="folder-wat">
        <Heading2 id="folder-wat">{t("whatTheyDo")}</Heading2>
        {/* Untranslated, the coordinator's Dutch text: marked so (ADR 0012). */}
        <Paragraph lang={handout.summaryLang !== handout.locale ? handout.summaryLang : undefined} dir={directionOf(handout.summaryLang) !== directionOf(handout.locale) ? directionOf(handout.summaryLang) : undefined}>
          {handout.summary}
        </Paragraph>
        {handout.helpWith && <Paragraph>{handout.helpWith}</Paragraph>}
      </section>

      {handout.contact.length > 0 && (
        <section aria-labelledby="folder-contact">
          <Heading2 id="folder-contact">{t("contact")}</Heading2>
          <dl className="print-contact">
            {handout.contact.map((line) => (
              <div key={line.label}>
                <dt>{line.label}</dt>
                <dd>
                  {/* Phone, e-mail and web address read left to right on an Arabic folder too ("030-740 3301", not "3301 030-740"). */}
                  <span dir="ltr">{line.value}</span>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {handout.bring.length > 0 && (
        <section aria-labelledby="folder-meenemen">
          <Heading2 id="folder-meenemen">{t("bring")}</Heading2>
          {handout.bring.map((item) => (
            <div key={item.text} className="print-bring">
              <p className="print-bring__from">{item.from}</p>
              <p>{item.text}</p>
            </div>
          ))}
        </section>
      )}

      {handout.places.length > 0 && (
        <section aria-labelledby="folder-waar">
          <Heading2 id="folder-waar">{t("whereAndWhen")}</Heading2>
          {handout.places.map((place) => (
            <div key={`${place.name}|${place.address}`} className="print-place">
              <Heading3>{place.name}</Heading3>
              <p className="print-place__address">{place.address}</p>
              {place.services.map((service) => (
                <ServiceTimes key={service.name} service={service} headingLevel={4} />
              ))}
            </div>
          ))}
        </section>
      )}

      {handout.truncated && <p className="print-sheet__more">{t("more")}</p>}
      <footer className="print-sheet__footer">
        <p>{handout.printedOn}</p>
        <p className="print-sheet__url">
          <span dir="ltr">{handout.shortUrl}</span>
        </p>
      </footer>
    </article>
  );
}
