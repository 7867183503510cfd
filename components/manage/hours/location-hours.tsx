// One place where the service is offered: what the public sees now, today's quick closure,
// the regular hours and the exceptions. A server component: the open state and the dates are
// worked out here with the same hours engine as the public pages.
import { getTranslations } from "next-intl/server";
import { Heading3, Heading4, Heading5, Paragraph } from "@utrecht/component-library-react";
import { describeOpenState, openState, type HoursLocale } from "@/lib/hours";
import { dateKey, fromDbDate } from "@/lib/hours/civil-date";
import { amsterdamTodayKey } from "@/lib/listings/exception-dates";
import type { EditableServiceAtLocation } from "@/lib/listings/hours-queries";
import { HoursRulesForm } from "./hours-rules-form";
import { TodayPanel } from "./today-panel";
import { ExceptionList } from "./exception-list";
import { ExceptionForm } from "./exception-form";
import { periodText } from "./exception-text";

type Props = {
  serviceId: string;
  version: number;
  place: EditableServiceAtLocation;
  locale: HoursLocale;
  now: Date;
  extraRow: boolean;
};

const dateText = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

export async function LocationHours({ serviceId, version, place, locale, now, extraRow }: Props) {
  const t = await getTranslations("HoursEditor");
  const { location } = place;
  const state = openState(now, place.schedules, place.exceptions, { language: locale });
  const todayKey = amsterdamTodayKey(now);
  const keyOf = (date: Date) => dateKey(fromDbDate(date));
  const closedToday = place.exceptions.find((e) => e.kind === "CLOSED" && keyOf(e.startDate) <= todayKey && todayKey <= keyOf(e.endDate));
  const closure = closedToday ? { reason: closedToday.reason, oneDay: keyOf(closedToday.startDate) === todayKey && keyOf(closedToday.endDate) === todayKey } : null;
  const exceptionItems = place.exceptions.map((exception) => ({
    id: exception.id,
    when: periodText(exception.startDate, exception.endDate, locale, (start, end) => t("exceptions.range", { start, end })),
    what: exception.kind === "CLOSED" ? t("exceptions.closed") : t("exceptions.special", { opens: exception.opensAt ?? "?", closes: exception.closesAt ?? "?" }),
    reason: exception.reason,
  }));
  const rules = place.schedules.map((rule) => ({
    freq: rule.freq,
    byDay: rule.byDay,
    weekOfMonth: rule.weekOfMonth,
    opensAt: rule.opensAt,
    closesAt: rule.closesAt,
    description: rule.description,
    validFrom: dateText(rule.validFrom),
    validTo: dateText(rule.validTo),
  }));
  const ids = { today: `vandaag-${place.id}`, rules: `regels-${place.id}`, exceptions: `uitzonderingen-${place.id}` };

  return (
    <section className="hours-location" aria-labelledby={`plek-${place.id}`}>
      <Heading3 id={`plek-${place.id}`}>
        {location.name}
        <span className="hours-location__address">
          {" — "}
          {location.address1}, {location.city}
        </span>
      </Heading3>
      <Paragraph className="hours-location__now">
        <strong>{t("hours.nowLabel")}</strong> {state.status === "unknown" ? t("hours.openStateUnknown") : describeOpenState(state, now, locale)}
      </Paragraph>

      <section aria-labelledby={ids.today} className="hours-location__part">
        <Heading4 id={ids.today}>{t("today.heading")}</Heading4>
        <TodayPanel serviceId={serviceId} serviceAtLocationId={place.id} closure={closure} />
      </section>

      <section aria-labelledby={ids.rules} className="hours-location__part">
        <Heading4 id={ids.rules}>{t("rules.heading")}</Heading4>
        <HoursRulesForm serviceId={serviceId} serviceAtLocationId={place.id} version={version} locationName={location.name} rules={rules} extraRow={extraRow} />
      </section>

      <section aria-labelledby={ids.exceptions} className="hours-location__part">
        <Heading4 id={ids.exceptions}>{t("exceptions.heading")}</Heading4>
        <Paragraph>{t("exceptions.lead")}</Paragraph>
        <ExceptionList serviceId={serviceId} locationName={location.name} items={exceptionItems} />
        <Heading5 className="hours-location__add-heading">{t("exceptions.addHeading")}</Heading5>
        <ExceptionForm serviceId={serviceId} serviceAtLocationId={place.id} locationName={location.name} />
      </section>
    </section>
  );
}
