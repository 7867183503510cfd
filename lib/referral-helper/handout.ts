// The handout a professional prints for the client (issue 11, point 7): only what the client
// needs to go there — the buurtteam, the places (name, address, this week's times, phone, a QR
// code to the listing) and the gemeente's number — in the client's language. What the helper
// shows professionals (why a place is listed, hand-over agreements, professionals' direct
// lines, e-mail addresses meant for referrers) is never read here, so it cannot leak onto paper.
// Pure: the page and the PDF both draw this model, and tests build it directly.
import { addDays } from "../hours/civil-date";
import { amsterdamDate, formatAmsterdamClock } from "../hours/amsterdam-time";
import { openingsOn, planDay } from "../hours/openings";
import type { CivilDate, HoursException, ScheduleRule } from "../hours/types";
import { CITY_WIDE_NUMBERS } from "../organisations/city-wide-numbers";
import { directionOf, routing, type Locale } from "../i18n/routing";
import type { HelperQuery } from "./params";
import type { Group } from "./rank";

/** Two A4 pages in large type: at most this many places; the rest is on the website. */
export const HANDOUT_LIMITS = { places: 6, buurtteams: 2, days: 7 } as const;

/** The handout's own query parameters, next to the helper's (params.ts). */
export const HANDOUT_PARAM = { locale: "handouttaal", place: "plek" } as const;

export type HandoutLocale = Locale;
export const HANDOUT_LOCALES: readonly HandoutLocale[] = routing.locales;

export function isHandoutLocale(value: string | null | undefined): value is HandoutLocale {
  return !!value && (HANDOUT_LOCALES as readonly string[]).includes(value);
}

/**
 * The language of the handout when none is chosen: the client's language from the helper's
 * form when the site speaks it, else the language of the page the professional is on.
 */
export function defaultHandoutLocale(clientLanguage: string | null, pageLocale: string): HandoutLocale {
  if (isHandoutLocale(clientLanguage)) return clientLanguage;
  return isHandoutLocale(pageLocale) ? pageLocale : routing.defaultLocale;
}

/** Dates and times for paper. Arabic with Western digits, as in the times and phone numbers. */
const INTL_LOCALE: Record<HandoutLocale, string> = { nl: "nl-NL", en: "en-GB", ar: "ar-u-nu-latn", tr: "tr-TR", pl: "pl-PL", uk: "uk-UA" };

export type HandoutTranslator = (key: string, values?: Record<string, string | number>) => string;

export type HandoutDay = { day: string; times: string };

export type HandoutPlace = {
  id: string;
  name: string;
  organisation: string;
  address: string | null;
  phone: string | null;
  /** The days it is open in the coming week (or closed when it would normally be open). */
  days: HandoutDay[];
  /** Said instead of or after the days: no fixed times, or not open this week. */
  hoursNote: string | null;
  url: string;
  shortUrl: string;
};

export type ClientHandout = {
  locale: HandoutLocale;
  dir: "ltr" | "rtl";
  buurt: string;
  /** "from Monday 7 December to Sunday 13 December": the week the times are for. */
  week: string;
  buurtteams: HandoutPlace[];
  places: HandoutPlace[];
  /** True when places were left out to keep to two pages. */
  truncated: boolean;
  gemeente: { name: string; phone: string };
  /** The helper's answer on the website (without the client's street address). */
  moreUrl: string;
  moreShortUrl: string;
  printedOn: string;
};

/** The fields of one helper result that the handout may read: nothing professional. */
export type HandoutSource = {
  group: Group;
  item: {
    id: string;
    service: { name: string };
    organization: { slug: string; name: string };
    location: { name: string; address1: string; postalCode: string; city: string } | null;
  };
  contact: { phone: string | null; hours: readonly ScheduleRule[] };
};

export type HandoutInput = {
  results: readonly HandoutSource[];
  /** Closures and other hours per result id (service-at-location), for the coming week. */
  exceptions: ReadonlyMap<string, readonly HoursException[]>;
  /** Result ids the professional ticked; null: the places as listed. */
  chosen: readonly string[] | null;
  query: HelperQuery;
  buurt: { code: string; name: string };
  locale: HandoutLocale;
  origin: string;
  now: Date;
  t: HandoutTranslator;
};

export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, "").replace(/^www\./, "");
}

function localePrefix(locale: string): string {
  return locale === routing.defaultLocale ? "" : `/${locale}`;
}

/** The organisation's public page in the handout's language: every language has those. */
export function handoutListingUrl(origin: string, locale: HandoutLocale, slug: string): string {
  return `${origin}${localePrefix(locale)}/organisaties/${encodeURIComponent(slug)}`;
}

/**
 * "More on the website": the map of all help in the client's buurt, in the sheet's language.
 * Not the referral helper: that is the professional's view (Dutch and English only, with
 * hand-over notes), which the client's sheet is kept apart from. The buurt instead of the
 * address: a sheet of paper gets lost, and its QR code should not carry a home address.
 */
export function handoutMoreUrl(origin: string, locale: HandoutLocale, buurtCode: string): string {
  return `${origin}${localePrefix(locale) || "/"}?buurt=${encodeURIComponent(buurtCode)}`;
}

function addressOf(location: HandoutSource["item"]["location"]): string | null {
  if (!location) return null;
  const place = [location.postalCode, location.city].filter(Boolean).join(" ");
  return [location.address1, place].filter(Boolean).join(", ") || null;
}

const utcDate = (date: CivilDate) => new Date(Date.UTC(date.year, date.month - 1, date.day));

function dayLabel(date: CivilDate, locale: HandoutLocale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(utcDate(date));
}

/**
 * The coming seven days, plainly: the days it is open with their times, and a day it would be
 * open but is closed (a holiday, a closure). Not the rules ("every first Tuesday"): a client
 * reads "Tuesday 1 December, 09:00–12:00" without having to work it out.
 */
export function weekDays(
  rules: readonly ScheduleRule[],
  exceptions: readonly HoursException[],
  now: Date,
  locale: HandoutLocale,
  t: HandoutTranslator,
): { days: HandoutDay[]; hoursNote: string | null } {
  if (rules.length === 0 && exceptions.every((exception) => exception.kind === "CLOSED")) {
    return { days: [], hoursNote: t("clientHandout.noFixedTimes") };
  }
  const today = amsterdamDate(now);
  const entries: { first: CivilDate; last: CivilDate; lastOffset: number; times: string; open: boolean }[] = [];
  for (let offset = 0; offset < HANDOUT_LIMITS.days; offset++) {
    const date = addDays(today, offset);
    const plan = planDay(date, rules, exceptions, { language: locale === "en" ? "en" : "nl" });
    let times = plan.intervals.map((interval) => `${formatAmsterdamClock(interval.start)}–${formatAmsterdamClock(interval.end)}`).join(", ");
    const open = times !== "";
    if (!open) {
      const usual = openingsOn(date, rules, [], { closedOnPublicHolidays: false });
      if (!plan.closure || usual.length === 0) continue;
      // The reason is Dutch text (a coordinator's note or a Dutch holiday): said in nl and en only.
      const reason = locale === "nl" || locale === "en" ? plan.closure.reason : null;
      times = reason ? t("clientHandout.closedBecause", { reason }) : t("clientHandout.closed");
    }
    // Days in a row with the same times are one line ("Monday 7 to Friday 11 December"): a
    // whole week of office hours in one line keeps the sheet short.
    const previous = entries.at(-1);
    if (previous && open && previous.open && previous.lastOffset === offset - 1 && previous.times === times) {
      previous.last = date;
      previous.lastOffset = offset;
    } else {
      entries.push({ first: date, last: date, lastOffset: offset, times, open });
    }
  }
  const days = entries.map((entry) => ({
    day:
      entry.first === entry.last
        ? dayLabel(entry.first, locale)
        : t("dayRange", { from: dayLabel(entry.first, locale), to: dayLabel(entry.last, locale) }),
    times: entry.times,
  }));
  const open = entries.some((entry) => entry.open);
  return { days, hoursNote: open ? null : t("clientHandout.notThisWeek") };
}

function placeOf(source: HandoutSource, input: HandoutInput): HandoutPlace {
  const { item, contact } = source;
  const url = handoutListingUrl(input.origin, input.locale, item.organization.slug);
  const hours = weekDays(contact.hours, input.exceptions.get(item.id) ?? [], input.now, input.locale, input.t);
  return {
    id: item.id,
    name: item.service.name,
    organisation: item.organization.name,
    address: addressOf(item.location),
    phone: contact.phone,
    ...hours,
    url,
    shortUrl: shortUrl(url),
  };
}

export function buildClientHandout(input: HandoutInput): ClientHandout {
  const { locale, now, t } = input;
  const teams = input.results.filter((result) => result.group === "buurtteam");
  const others = input.results.filter((result) => result.group !== "buurtteam");
  const chosen = input.chosen && input.chosen.length > 0 ? new Set(input.chosen) : null;
  const wanted = chosen ? others.filter((result) => chosen.has(result.item.id)) : others;
  const gemeente = CITY_WIDE_NUMBERS.find((number) => number.key === "gemeente");
  const today = amsterdamDate(now);
  const moreUrl = handoutMoreUrl(input.origin, locale, input.buurt.code);
  const dateFormat = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Amsterdam" });
  return {
    locale,
    dir: directionOf(locale),
    buurt: input.buurt.name,
    week: t("clientHandout.week", { from: dayLabel(today, locale), to: dayLabel(addDays(today, HANDOUT_LIMITS.days - 1), locale) }),
    buurtteams: teams.slice(0, HANDOUT_LIMITS.buurtteams).map((result) => placeOf(result, input)),
    places: wanted.slice(0, HANDOUT_LIMITS.places).map((result) => placeOf(result, input)),
    truncated: wanted.length > HANDOUT_LIMITS.places,
    gemeente: { name: gemeente?.name ?? "Gemeente Utrecht", phone: gemeente?.phone ?? "14 030" },
    moreUrl,
    moreShortUrl: shortUrl(moreUrl),
    printedOn: t("clientHandout.printedOn", { date: dateFormat.format(now) }),
  };
}

/** Exceptions as the database gives them (@db.Date) for the hours engine: the same shape. */
export function exceptionWindow(now: Date): { from: Date; to: Date } {
  const today = amsterdamDate(now);
  return { from: utcDate(addDays(today, -1)), to: utcDate(addDays(today, HANDOUT_LIMITS.days)) };
}
