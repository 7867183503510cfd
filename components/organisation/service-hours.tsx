import { useFormatter, useTranslations } from "next-intl";
import { Heading4 } from "@utrecht/component-library-react";
import type { ServiceAtLocationView } from "@/lib/organisations/location-view";
import type { UpcomingException } from "@/lib/organisations/hours-view";
import { useSourceLang } from "./source-lang";

const DAY = { weekday: "long", day: "numeric", month: "long" } as const;

function ExceptionLine({ exception }: { exception: UpcomingException }) {
  const t = useTranslations("Location");
  const format = useFormatter();
  const lang = useSourceLang();
  const singleDay = exception.startDate.getTime() === exception.endDate.getTime();
  const dates = singleDay
    ? format.dateTime(exception.startDate, DAY)
    : format.dateTimeRange(exception.startDate, exception.endDate, { day: "numeric", month: "long" });
  const text =
    exception.kind === "CLOSED" || !exception.opensAt || !exception.closesAt
      ? t("exceptionClosed", { dates })
      : t("exceptionSpecial", { dates, opens: exception.opensAt, closes: exception.closesAt });
  return (
    <li>
      {text}
      {exception.reason && (
        <>
          {" ("}
          <span lang={lang}>{exception.reason}</span>)
        </>
      )}
    </li>
  );
}

/** When one service is open at one place: now, every week, and what differs soon. */
export function ServiceHours({ service, headingId }: { service: ServiceAtLocationView; headingId: string }) {
  const t = useTranslations("Location");
  const format = useFormatter();
  const lang = useSourceLang();
  const { hours } = service;
  const hasUpcoming = hours.exceptions.length > 0 || hours.holidayClosures.length > 0;
  return (
    <section className="service-hours" aria-labelledby={headingId}>
      <Heading4 id={headingId} lang={lang}>
        {service.serviceName}
      </Heading4>
      <p className={`open-state open-state--${hours.openState}`}>{hours.openText}</p>
      {service.note && <p lang={lang}>{service.note}</p>}
      {hours.lines.length > 0 ? (
        <dl className="hours-list">
          {hours.lines.map((line) => (
            <div key={line.firstDay} className="hours-list__row">
              <dt>{line.lastDay ? t("dayRange", { from: line.firstDay, to: line.lastDay }) : line.firstDay}</dt>
              <dd>
                {line.slots.map((slot) => (
                  <span key={slot.text} className="hours-list__slot">
                    {slot.text}
                    {!hours.sharedNote && slot.description && <span className="hours-list__note" lang={lang}>
                        {" · "}
                        {slot.description}
                      </span>}
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t("noHours")}</p>
      )}
      {hours.sharedNote && <p className="hours-note" lang={lang}>
          {hours.sharedNote}
        </p>}
      {hasUpcoming && (
        <div className="hours-upcoming">
          <p className="hours-upcoming__heading">{t("upcoming")}</p>
          <ul>
            {hours.exceptions.map((exception) => (
              <ExceptionLine key={`${exception.startDate.toISOString()}-${exception.kind}`} exception={exception} />
            ))}
            {hours.holidayClosures.map((closure) => (
              <li key={closure.date.toISOString()}>
                {t("holidayClosed", { date: format.dateTime(closure.date, DAY), holiday: closure.name })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
