// The one-page folder of one organisation, as plain strings. The HTML page and the PDF draw
// this same model, so what a worker sees on screen is what the client takes home.
import type { OrganisationDetail } from "../organisations/detail-queries";
import { buildLocationViews } from "../organisations/location-view";
import { websiteLabel } from "../organisations/contact-links";
import { hoursText, type HoursText } from "./hours-text";
import { hoursLocaleOf } from "../i18n/intl-locale";
import { listingUrl, shortUrl, type PrintLocale } from "./listing-url";
import { formatPrintDate, type PrintTranslator } from "./messages";
import { clipText } from "./clip-text";

/** More than this does not fit one A4 in large type; the rest is on the website (QR code). */
export const HANDOUT_LIMITS = { places: 2, servicesPerPlace: 3, bring: 3, summaryChars: 280 } as const;

export type HandoutService = { name: string } & HoursText;
export type HandoutPlace = { name: string; address: string; services: HandoutService[] };
export type ContactLine = { label: string; value: string };
export type BringItem = { from: string; text: string };

export type Handout = {
  locale: PrintLocale;
  name: string;
  kindLabel: string;
  summary: string;
  /** The language of `summary`: the handout's when the coordinator translated it, else "nl". */
  summaryLang: string;
  helpWith: string | null;
  places: HandoutPlace[];
  /** True when places or services were left out to keep to one page. */
  truncated: boolean;
  contact: ContactLine[];
  bring: BringItem[];
  url: string;
  shortUrl: string;
  printedOn: string;
};

export function addressLine(location: { address1: string | null; postalCode: string | null; city: string | null }): string {
  const place = [location.postalCode, location.city].filter(Boolean).join(" ");
  return [location.address1, place].filter(Boolean).join(", ");
}

export function buildHandout(organisation: OrganisationDetail, now: Date, locale: PrintLocale, origin: string, t: PrintTranslator): Handout {
  const views = buildLocationViews(organisation, now, hoursLocaleOf(locale)).filter((view) => view.services.length > 0);
  const places = views.slice(0, HANDOUT_LIMITS.places).map((view) => ({
    name: view.location.name,
    address: addressLine(view.location),
    services: view.services.slice(0, HANDOUT_LIMITS.servicesPerPlace).map((service) => ({
      name: service.serviceName,
      ...hoursText(service.hours, now, locale, t),
    })),
  }));
  const truncated =
    views.length > HANDOUT_LIMITS.places || views.some((view) => view.services.length > HANDOUT_LIMITS.servicesPerPlace);

  const contact: ContactLine[] = [];
  if (organisation.phone) contact.push({ label: t("phone"), value: organisation.phone });
  if (organisation.whatsapp) contact.push({ label: t("whatsapp"), value: organisation.whatsapp });
  if (organisation.email) contact.push({ label: t("email"), value: organisation.email });
  if (organisation.website) contact.push({ label: t("website"), value: websiteLabel(organisation.website) });

  // What the client brings when another organisation sends them here: the receiving side
  // agreed to it in a confirmed referral, so it is safe to put on paper. Same text once.
  const bring: BringItem[] = [];
  for (const referral of organisation.referralsIn) {
    const text = referral.whatToBring?.trim();
    if (!text || bring.some((item) => item.text === text)) continue;
    bring.push({ from: t("bringFrom", { organisation: referral.fromOrganization.name }), text });
  }

  const url = listingUrl(origin, locale, "organisation", organisation.slug);
  const serviceNames = organisation.services.map((service) => service.name);
  return {
    locale,
    name: organisation.name,
    kindLabel: t(`kind.${organisation.kind}`),
    summary: clipText(organisation.description ?? "", HANDOUT_LIMITS.summaryChars),
    summaryLang: organisation.textLang.description,
    helpWith: serviceNames.length > 0 ? t("helpWith", { services: serviceNames.join(", ") }) : null,
    places,
    truncated,
    contact,
    bring: bring.slice(0, HANDOUT_LIMITS.bring),
    url,
    shortUrl: shortUrl(url),
    printedOn: t("printedOn", { date: formatPrintDate(now, locale) }),
  };
}
