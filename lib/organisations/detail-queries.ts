import "server-only";
import { networkSummarySelect } from "../networks/select";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { amsterdamDate } from "../hours";
import { isProfessionalUser, type ProfessionalSubject } from "../referrals/professional";

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

const locationSelect = {
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
} satisfies Prisma.LocationSelect;

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

function detailSelect(today: Date, professional: boolean) {
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
    locations: { select: { role: true, location: { select: locationSelect } }, orderBy: { location: { name: "asc" } } },
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
            location: { select: locationSelect },
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
export async function getPublishedOrganisationDetail(slug: string, now: Date = new Date(), viewer: ProfessionalSubject = null) {
  const professional = await isProfessionalUser(viewer);
  return db.organization.findFirst({ where: { slug, status: "PUBLISHED" }, select: detailSelect(dbDateOf(now), professional) });
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
