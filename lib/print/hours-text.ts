// The hours of one service at one place as short lines of text for paper: the regular week,
// and only what differs in the coming seven days (a printout is read this week, not next month).
import type { HoursView } from "../organisations/hours-view";
import type { PrintLocale } from "./listing-url";
import { formatDay, type PrintTranslator } from "./messages";
import { directionOf } from "../i18n/routing";

export type HoursLine = { days: string; times: string };
export type HoursText = { lines: HoursLine[]; note: string | null; thisWeek: string[] };

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A coordinator's note (Dutch) inside a line in another script: on a right-to-left sheet it is
 * isolated in its own direction (U+2068…U+2069), so "(Na het vrijdaggebed.)" keeps its full
 * stop and brackets where they belong. The PDF drops the marks and orders runs itself.
 */
function noteIn(note: string, locale: PrintLocale): string {
  return directionOf(locale) === "rtl" ? `\u2068${note}\u2069` : note;
}

export function hoursText(hours: HoursView, now: Date, locale: PrintLocale, t: PrintTranslator): HoursText {
  const lines = hours.lines.map((line) => ({
    days: line.lastDay ? t("dayRange", { from: line.firstDay, to: line.lastDay }) : line.firstDay,
    times: line.slots
      .map((slot) => (hours.sharedNote || !slot.description ? slot.text : `${slot.text} (${noteIn(slot.description, locale)})`))
      .join(", "),
  }));
  // Dates are calendar dates at UTC midnight; "within a week" is generous by up to a day.
  const horizon = now.getTime() + WEEK_MS;
  const thisWeek = [
    ...hours.exceptions
      .filter((exception) => exception.startDate.getTime() <= horizon)
      .map((exception) => {
        const single = exception.startDate.getTime() === exception.endDate.getTime();
        const dates = single
          ? formatDay(exception.startDate, locale)
          : `${formatDay(exception.startDate, locale)} – ${formatDay(exception.endDate, locale)}`;
        const text =
          exception.kind === "CLOSED" || !exception.opensAt || !exception.closesAt
            ? t("closedOn", { dates })
            : t("openSpecial", { dates, opens: exception.opensAt, closes: exception.closesAt });
        return exception.reason ? `${text} (${noteIn(exception.reason, locale)})` : text;
      }),
    ...hours.holidayClosures
      .filter((closure) => closure.date.getTime() <= horizon)
      .map((closure) => t("holidayClosed", { date: formatDay(closure.date, locale), holiday: closure.name })),
  ];
  return { lines, note: hours.sharedNote, thisWeek };
}
