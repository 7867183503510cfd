import "server-only";
// The second, small query of a search: for the one page that is returned, what the search
// query leaves out to stay compact (long texts, address, all hours and exceptions). Raw SQL,
// two statements in parallel: Prisma's nested selects would take six round trips.
import { readDb } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { CapacityStatus, Track } from "../generated/prisma/enums";

export type ServiceDetails = {
  id: string;
  slug: string;
  description: string;
  eligibility: string | null;
  /** The texts' translation into the asked locale, when there is one (ADR 0012). */
  translatedDescription: string | null;
  translatedEligibility: string | null;
  costNote: string | null;
  capacity: CapacityStatus;
  organizationId: string;
  organizationSlug: string;
  organizationTrack: Track;
  organizationExampleData: boolean;
};

export type PlaceDetails = {
  id: string;
  locationId: string;
  name: string;
  address1: string;
  postalCode: string;
  city: string;
  /** json RuleTuple[] / ExceptionTuple[] text (hours-rows.ts), all of them; null for none. */
  rules: string | null;
  exceptions: string | null;
};

export type PageDetails = { services: Map<string, ServiceDetails>; places: Map<string, PlaceDetails> };

/** `exceptionsFrom`: Amsterdam date (YYYY-MM-DD); older exceptions cannot affect today or later. */
export async function fetchPageDetails(serviceIds: string[], serviceAtLocationIds: string[], exceptionsFrom: string, locale = "nl"): Promise<PageDetails> {
  const [services, places] = await Promise.all([
    serviceIds.length === 0
      ? []
      : readDb.$queryRaw<ServiceDetails[]>(Prisma.sql`
          SELECT s.id, s.slug, s.description, s.eligibility, s."costNote", s.capacity::text AS capacity,
            o.id AS "organizationId", o.slug AS "organizationSlug", o.track::text AS "organizationTrack",
            o."exampleData" AS "organizationExampleData",
            st.description AS "translatedDescription", st.eligibility AS "translatedEligibility"
          FROM "Service" s JOIN "Organization" o ON o.id = s."organizationId"
            LEFT JOIN "ServiceTranslation" st ON st."serviceId" = s.id AND st.locale = ${locale}
          WHERE s.id = ANY(${serviceIds}::text[])`),
    serviceAtLocationIds.length === 0
      ? []
      : readDb.$queryRaw<PlaceDetails[]>(Prisma.sql`
          SELECT sal.id, l.id AS "locationId", l.name, l.address1, l."postalCode", l.city,
            (SELECT json_agg(json_build_array(x.freq, x."byDay", x."weekOfMonth", x."opensAt", x."closesAt", x."validFrom", x."validTo"))
              FROM "Schedule" x WHERE x."serviceAtLocationId" = sal.id)::text AS rules,
            (SELECT json_agg(json_build_array(e.kind, e."startDate", e."endDate", e."opensAt", e."closesAt", e.reason))
              FROM "ScheduleException" e WHERE e."serviceAtLocationId" = sal.id AND e."endDate" >= ${exceptionsFrom}::date)::text AS exceptions
          FROM "ServiceAtLocation" sal JOIN "Location" l ON l.id = sal."locationId"
          WHERE sal.id = ANY(${serviceAtLocationIds}::text[])`),
  ]);
  return { services: new Map(services.map((s) => [s.id, s])), places: new Map(places.map((p) => [p.id, p])) };
}
