import "server-only";
import { networkSummarySelect } from "../networks/select";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { amsterdamDate } from "../hours";
import { isProfessionalUser, type ProfessionalSubject } from "../referrals/professional";
import { rowFor, shownText, type TextLanguage } from "./listing-language";

// Everything the public organisation page shows, in one round trip. Only PUBLISHED listings,
// only ACTIVE services and only CONFIRMED referrals to or from other published listings: a
// proposal between two coordinators is not yet something a resident or worker can rely on.
// `professionalContact` is selected only when the viewer is a signed-in professional
// (lib/referrals/professional.ts); for everyone else it is not even read.

/** The Amsterdam calendar date of `now` as a @db.Date value (UTC midnight). */
export function dbDateOf(now: Date): Date {
  const { year, month, day } = amsterdamDate(now);
  return new Date(Date.UTC(year, month - 1, day));
}

// Only the visitor's locale's translation row of each text is read (none on Dutch pages).
const translationsIn = (locale: string) => ({ where: { locale } });

const locationSelect = (locale: string) => ({
  id: true,
  name: true,
  description: true,
  address1: true,
  postalCode: true,
  city: true,
  latitude: true,
  longitude: true,
  accessibility: true,
  accessibilityNote: true,
  transportation: true,
  exampleData: true,
  buurt: { select: { name: true, wijk: { select: { name: true, slug: true } } } },
  translations: { ...translationsIn(locale), select: { locale: true, transportation: true } },
}) satisfies Prisma.LocationSelect;

const referralSelect = {
  id: true,
  kind: true,
  whenToRefer: true,
  handoverSteps: true,
  whatToBring: true,
  jointFirstMeeting: true,
  contactRole: true,
  exampleData: true,
  fromService: { select: { name: true } },
  toService: { select: { name: true } },
} satisfies Prisma.ReferralLinkSelect;

const partnerSelect = { select: { slug: true, name: true, kind: true } } as const;

function detailSelect(today: Date, professional: boolean, locale: string) {
  return {
    id: true,
    slug: true,
    name: true,
    alternateName: true,
    kind: true,
    track: true,
    description: true,
    website: true,
    email: true,
    phone: true,
    whatsapp: true,
    exampleData: true,
    verifiedAt: true,
    translations: { ...translationsIn(locale), select: { locale: true, description: true } },
    locations: { select: { role: true, location: { select: locationSelect(locale) } }, orderBy: { location: { name: "asc" } } },
    services: {
      where: { status: "ACTIVE" },
      orderBy: { name: "asc" },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        phases: true,
        accessModes: true,
        languages: true,
        eligibility: true,
        isFree: true,
        costNote: true,
        noRegistration: true,
        capacity: true,
        capacityNote: true,
        phone: true,
        email: true,
        url: true,
        translations: { ...translationsIn(locale), select: { locale: true, description: true, eligibility: true } },
        categories: {
          select: { category: { select: { slug: true, name: true, nameEn: true, sortOrder: true } } },
          orderBy: { category: { sortOrder: "asc" } },
        },
        areas: {
          select: {
            wijk: { select: { name: true, slug: true } },
            buurt: { select: { code: true, name: true, wijk: { select: { name: true, slug: true, _count: { select: { buurten: true } } } } } },
          },
        },
        locations: {
          select: {
            id: true,
            description: true,
            location: { select: locationSelect(locale) },
            schedules: {
              select: { freq: true, byDay: true, weekOfMonth: true, opensAt: true, closesAt: true, validFrom: true, validTo: true, description: true },
            },
            // Past exceptions are history; the ones still running or ahead matter.
            exceptions: {
              where: { endDate: { gte: today } },
              orderBy: { startDate: "asc" },
              select: { startDate: true, endDate: true, kind: true, opensAt: true, closesAt: true, reason: true },
            },
          },
        },
      },
    },
    referralsOut: {
      where: { status: "CONFIRMED", toOrganization: { status: "PUBLISHED" } },
      orderBy: { toOrganization: { name: "asc" } },
      select: { ...referralSelect, professionalContact: professional, toOrganization: partnerSelect },
    },
    referralsIn: {
      where: { status: "CONFIRMED", fromOrganization: { status: "PUBLISHED" } },
      orderBy: { fromOrganization: { name: "asc" } },
      select: { ...referralSelect, professionalContact: professional, fromOrganization: partnerSelect },
    },
    networks: {
      orderBy: { network: { name: "asc" } },
      select: {
        role: true,
        network: {
          select: {
            ...networkSummarySelect,
            wijk: { select: { name: true, slug: true } },
          },
        },
      },
    },
  } satisfies Prisma.OrganizationSelect;
}

/**
 * The full public listing, or null when there is no published organisation with this slug.
 * `viewer` is the signed-in person, if any: professionals also get the professional contact
 * of each confirmed referral. Printed folders and anonymous visitors pass none.
 */
export async function getPublishedOrganisationDetail(slug: string, now: Date = new Date(), viewer: ProfessionalSubject = null, locale = "nl") {
  const professional = await isProfessionalUser(viewer);
  const row = await db.organization.findFirst({ where: { slug, status: "PUBLISHED" }, select: detailSelect(dbDateOf(now), professional, locale) });
  return row && inLanguage(row, locale);
}

type Row = NonNullable<Awaited<ReturnType<typeof db.organization.findFirst<{ select: ReturnType<typeof detailSelect> }>>>>;
type LocationRow = Row["locations"][number]["location"];

/** Where a text is shown: its translation in the visitor's locale or the Dutch original (ADR 0012). */
function locationIn(location: LocationRow, locale: string): LocationRow & { textLang: { transportation: TextLanguage } } {
  const transportation = shownText(location.transportation, rowFor(location.translations, locale)?.transportation, locale);
  return { ...location, transportation: transportation.text, textLang: { transportation: transportation.lang } };
}

/**
 * The listing's translatable texts in the visitor's language where a translation exists; each
 * part says in `textLang` which language each of its texts is in, so the page can mark Dutch.
 */
function inLanguage(row: Row, locale: string) {
  const description = shownText(row.description, rowFor(row.translations, locale)?.description, locale);
  return {
    ...row,
    description: description.text,
    textLang: { description: description.lang },
    locations: row.locations.map((link) => ({ ...link, location: locationIn(link.location, locale) })),
    services: row.services.map((service) => {
      const translation = rowFor(service.translations, locale);
      const serviceDescription = shownText(service.description, translation?.description, locale);
      const eligibility = shownText(service.eligibility, translation?.eligibility, locale);
      return {
        ...service,
        description: serviceDescription.text,
        eligibility: eligibility.text,
        textLang: { description: serviceDescription.lang, eligibility: eligibility.lang },
        locations: service.locations.map((at) => ({ ...at, location: locationIn(at.location, locale) })),
      };
    }),
  };
}

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getPublishedOrganisationDetail>>>;
export type DetailService = OrganisationDetail["services"][number];
export type DetailLocation = OrganisationDetail["locations"][number]["location"];
export type DetailServiceAtLocation = DetailService["locations"][number];
export type DetailServiceArea = DetailService["areas"][number];
export type ReferralOut = OrganisationDetail["referralsOut"][number];
export type ReferralIn = OrganisationDetail["referralsIn"][number];
export type DetailNetwork = OrganisationDetail["networks"][number];

/**
 * Name and description only: for the page title and for the segment layout's existence
 * check. Cached per request, so both share one query.
 */
export const findPublishedOrganisationSummary = cache(async (slug: string) =>
  db.organization.findFirst({ where: { slug, status: "PUBLISHED" }, select: { id: true, name: true, description: true } }),
);
