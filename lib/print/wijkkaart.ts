// The A4 wijkkaart of one wijk as plain strings, drawn by both the HTML page and the PDF:
// which buurtteam serves which buurt, and the places in the wijk with their walk-in times
// and phone numbers, neighbourhood help first.
import type { OrganizationKind } from "../generated/prisma/enums";
import { hoursView } from "../organisations/hours-view";
import { addressLine, type HandoutService } from "./handout";
import { hoursText } from "./hours-text";
import { hoursLocaleOf } from "../i18n/intl-locale";
import { listingUrl, shortUrl, type PrintLocale } from "./listing-url";
import { formatPrintDate, type PrintTranslator } from "./messages";
import type { WijkkaartData } from "./wijkkaart-queries";

/** What fits two columns of one A4 in readable type; the QR code leads to the rest. */
export const WIJKKAART_LIMITS = { places: 12, servicesPerPlace: 2, withoutAddress: 5 } as const;

export type WijkTeam = { name: string; phone: string | null; buurten: string };
export type WijkPlace = {
  organisation: string;
  kind: OrganizationKind;
  place: string;
  address: string;
  phone: string | null;
  services: HandoutService[];
};
export type PhoneOnly = { organisation: string; service: string; phone: string | null };

export type Wijkkaart = {
  locale: PrintLocale;
  wijk: string;
  title: string;
  intro: string;
  teams: { sociaal: WijkTeam[]; jeugdEnGezin: WijkTeam[] };
  informal: WijkPlace[];
  formal: WijkPlace[];
  withoutAddress: PhoneOnly[];
  truncated: boolean;
  url: string;
  shortUrl: string;
  qrCaption: string;
  printedOn: string;
};

/** Buurtteams with the buurten they serve: shorter than one row per buurt, and still findable by buurt name. */
function teamsWithBuurten(data: WijkkaartData, t: PrintTranslator) {
  const teams = { sociaal: new Map<string, { name: string; phone: string | null; buurten: string[] }>(), jeugdEnGezin: new Map<string, { name: string; phone: string | null; buurten: string[] }>() };
  for (const row of data.buurtteams) {
    for (const kind of ["sociaal", "jeugdEnGezin"] as const) {
      for (const team of row[kind]) {
        const entry = teams[kind].get(team.slug) ?? { name: team.name, phone: team.phone, buurten: [] };
        entry.buurten.push(row.buurt.name);
        teams[kind].set(team.slug, entry);
      }
    }
  }
  const all = data.buurtteams.length;
  const list = (map: Map<string, { name: string; phone: string | null; buurten: string[] }>) =>
    [...map.values()].map((team) => ({
      name: team.name,
      phone: team.phone,
      buurten:
        team.buurten.length === all && all > 1
          ? t("teamForAll", { wijk: data.wijk.name })
          : t("teamFor", { buurten: team.buurten.join(", ") }),
    }));
  return { sociaal: list(teams.sociaal), jeugdEnGezin: list(teams.jeugdEnGezin) };
}

function placesOf(data: WijkkaartData, now: Date, locale: PrintLocale, t: PrintTranslator): WijkPlace[] {
  const places = new Map<string, WijkPlace>();
  for (const at of data.places) {
    const { organization } = at.service;
    const key = `${organization.slug}|${at.location.id}`;
    const place = places.get(key) ?? {
      organisation: organization.name,
      kind: organization.kind,
      place: at.location.name,
      address: addressLine(at.location),
      phone: organization.phone ?? at.service.phone,
      services: [],
    };
    place.services.push({ name: at.service.name, ...hoursText(hoursView(at.schedules, at.exceptions, now, hoursLocaleOf(locale)), now, locale, t) });
    places.set(key, place);
  }
  return [...places.values()];
}

export function buildWijkkaart(data: WijkkaartData, now: Date, locale: PrintLocale, origin: string, t: PrintTranslator): Wijkkaart {
  const all = placesOf(data, now, locale, t);
  // Places with fixed times first within each group: those are the ones to walk in to.
  const ordered = [...all].sort((a, b) => Number(hasTimes(b)) - Number(hasTimes(a)));
  const kept = ordered.slice(0, WIJKKAART_LIMITS.places).map((place) => ({
    ...place,
    services: place.services.slice(0, WIJKKAART_LIMITS.servicesPerPlace),
  }));
  const withoutAddress = data.services
    .filter((service) => service.locations.length === 0 && service.organization.track !== "BUURTTEAM")
    .map((service) => ({ organisation: service.organization.name, service: service.name, phone: service.phone ?? service.organization.phone }));
  const truncated =
    all.length > kept.length ||
    all.some((place) => place.services.length > WIJKKAART_LIMITS.servicesPerPlace) ||
    withoutAddress.length > WIJKKAART_LIMITS.withoutAddress;
  const url = listingUrl(origin, locale, "wijk", data.wijk.slug);
  return {
    locale,
    wijk: data.wijk.name,
    title: t("wijkkaartTitle", { wijk: data.wijk.name }),
    intro: t("wijkIntro", { wijk: data.wijk.name }),
    teams: teamsWithBuurten(data, t),
    informal: kept.filter((place) => place.kind === "INFORMAL"),
    formal: kept.filter((place) => place.kind === "FORMAL"),
    withoutAddress: withoutAddress.slice(0, WIJKKAART_LIMITS.withoutAddress),
    truncated,
    url,
    shortUrl: shortUrl(url),
    qrCaption: t("wijkQrCaption", { wijk: data.wijk.name }),
    printedOn: t("printedOn", { date: formatPrintDate(now, locale) }),
  };
}

function hasTimes(place: WijkPlace): boolean {
  return place.services.some((service) => service.lines.length > 0);
}
