// The one SQL query of a search: every service-at-location (or place-less service) that passes
// the selective filters, as a compact row. Ordering, the opening-hours filters, facets and
// paging happen on these rows in JS, because "open now" needs the hours engine (exceptions,
// Dutch public holidays). Rows carry only what that needs: hours rules of the weekdays in
// question, category ids rather than slugs (a join per row costs more than the lookup in JS),
// and no long texts; the one page that is returned gets those afterwards.
import { Prisma } from "../generated/prisma/client";
import type { AccessMode, DebtPhase, OrganizationKind, Weekday } from "../generated/prisma/enums";
import { prefixTsquery } from "./text-query";

/** word_similarity at or above this counts as a (misspelt) name match: "voedselbnak" ~ "Voedselbank" is 0.67. */
export const NAME_SIMILARITY_THRESHOLD = 0.6;

export type SqlFilters = {
  /** Words of q (text-query.ts searchWords); empty without q. */
  words: string[];
  /** Words for trigram matching on names; null without q or when too short to compare. */
  trigram: string | null;
  /** The wijk filter: its CBS code and the codes of its buurten. */
  wijk: { code: string; buurtCodes: string[] } | null;
  /** The buurt filter: its CBS code and that of the wijk it lies in. */
  buurt: { code: string; wijkCode: string } | null;
  categories: string[];
  phases: DebtPhase[];
  kind: OrganizationKind | null;
  languages: string[];
  accessModes: AccessMode[];
  free: boolean;
  noRegistration: boolean;
  /** Open filters: only items with a rule on one of these weekdays (any weekday when empty). */
  requireHoursOn: Weekday[] | null;
  /** Which hours to return: rules of these weekdays (all when null) … */
  ruleWeekdays: Weekday[] | null;
  /** … and exceptions overlapping these Amsterdam dates (YYYY-MM-DD; `to` null = open-ended). */
  exceptionDates: { from: string; to: string | null };
};

/** A Schedule row as json_build_array: [freq, byDay, weekOfMonth, opensAt, closesAt, validFrom, validTo] (dates "YYYY-MM-DD"). */
export type RuleTuple = ["WEEKLY" | "MONTHLY", Weekday, number | null, string, string, string | null, string | null];
/** A ScheduleException row: [kind, startDate, endDate, opensAt, closesAt, reason]. */
export type ExceptionTuple = ["CLOSED" | "SPECIAL_HOURS", string, string, string | null, string | null, string | null];

/** Lists arrive comma-joined (array_to_string): the driver parses text[] in JS, ten times slower. */
export type MatchRow = {
  serviceId: string;
  serviceName: string;
  /** DebtPhase values, comma-separated */
  phases: string;
  /** AccessMode values, comma-separated */
  accessModes: string;
  /** ISO 639 codes, comma-separated */
  languages: string;
  isFree: boolean;
  noRegistration: boolean;
  /** Category ids, comma-separated */
  categoryIds: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  serviceAtLocationId: string | null;
  locationName: string | null;
  latitude: number | null;
  longitude: number | null;
  buurtCode: string | null;
  /**
   * Whether the item has any regular hours at all, as far as its answer can depend on it: true
   * when rules were returned or when it has exceptions and rules on other weekdays.
   */
  hasHours: boolean;
  /**
   * json text of RuleTuple[] / ExceptionTuple[], or null. Kept as text: thousands of items
   * share a few dozen distinct hour patterns, so the JS side parses each distinct text once.
   */
  rules: string | null;
  exceptions: string | null;
  rank: number;
};

/** "a,b" → ["a", "b"]; "" → []. */
export function splitList(value: string | null): string[] {
  return value ? value.split(",") : [];
}

function textConditions(f: SqlFilters): { match: Prisma.Sql; rank: Prisma.Sql } {
  if (f.words.length === 0) return { match: Prisma.sql`true`, rank: Prisma.sql`0::float8` };
  // A query of stop words only ("de", "het") has no lexemes (or none at all: NULL); @@ with it
  // would only log a notice.
  const fullText = Prisma.sql`(numnode(input.tsq) > 0 AND s."searchVector" @@ input.tsq)`;
  if (f.trigram === null) return { match: fullText, rank: Prisma.sql`ts_rank(s."searchVector", input.tsq)::float8` };
  // Unaccented on both sides ("cafe" ~ "Geldcafé"), so the trigram indexes on the raw names do
  // not apply; OR evaluates left to right, so the similarities are only computed for rows the
  // full-text search did not already match (typos), not for every row of a broad query.
  const serviceName = Prisma.sql`word_similarity(input.words, immutable_unaccent(s.name))`;
  const organisationName = Prisma.sql`word_similarity(input.words, immutable_unaccent(o.name))`;
  return {
    match: Prisma.sql`(${fullText} OR ${serviceName} >= ${NAME_SIMILARITY_THRESHOLD} OR ${organisationName} >= ${NAME_SIMILARITY_THRESHOLD})`,
    // Full-text matches rank above name-only (typo) matches, which rank by similarity (< 1).
    rank: Prisma.sql`(CASE WHEN ${fullText} THEN 1 + ts_rank(s."searchVector", input.tsq) ELSE greatest(${serviceName}, ${organisationName}) END)::float8`,
  };
}

function filterConditions(f: SqlFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = [Prisma.sql`o.status = 'PUBLISHED'`, Prisma.sql`s.status = 'ACTIVE'`];
  if (f.wijk) {
    // "Help in or for this wijk": a place in one of its buurten, or a service area covering
    // the wijk or one of its buurten.
    where.push(Prisma.sql`(l."buurtCode" = ANY(${f.wijk.buurtCodes}::text[]) OR EXISTS (
      SELECT 1 FROM "ServiceArea" a WHERE a."serviceId" = s.id
        AND (a."wijkCode" = ${f.wijk.code} OR a."buurtCode" = ANY(${f.wijk.buurtCodes}::text[]))))`);
  }
  if (f.buurt) {
    where.push(Prisma.sql`(l."buurtCode" = ${f.buurt.code} OR EXISTS (
      SELECT 1 FROM "ServiceArea" a WHERE a."serviceId" = s.id
        AND (a."buurtCode" = ${f.buurt.code} OR a."wijkCode" = ${f.buurt.wijkCode})))`);
  }
  if (f.categories.length > 0) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "ServiceCategory" sc JOIN "Category" c ON c.id = sc."categoryId"
      WHERE sc."serviceId" = s.id AND c.slug = ANY(${f.categories}::text[]))`);
  }
  if (f.phases.length > 0) where.push(Prisma.sql`s.phases && ${f.phases}::"DebtPhase"[]`);
  if (f.kind) where.push(Prisma.sql`o.kind = ${f.kind}::"OrganizationKind"`);
  if (f.languages.length > 0) where.push(Prisma.sql`s.languages && ${f.languages}::text[]`);
  if (f.accessModes.length > 0) where.push(Prisma.sql`s."accessModes" && ${f.accessModes}::"AccessMode"[]`);
  if (f.free) where.push(Prisma.sql`s."isFree"`);
  if (f.noRegistration) where.push(Prisma.sql`s."noRegistration"`);
  if (f.requireHoursOn) {
    // Only narrows the set; the hours engine decides afterwards.
    const day = f.requireHoursOn.length > 0 ? Prisma.sql`AND x."byDay" = ANY(${f.requireHoursOn}::"Weekday"[])` : Prisma.empty;
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "Schedule" x WHERE x."serviceAtLocationId" = sal.id ${day})`);
  }
  return where;
}

export function matchingRowsSql(f: SqlFilters): Prisma.Sql {
  const text = textConditions(f);
  const where = [...filterConditions(f), text.match];
  // Without q the tsquery is not built at all: to_tsquery('') would log a notice per search.
  const input =
    f.words.length > 0
      ? Prisma.sql`SELECT ${prefixTsquery(f.words)} AS tsq, immutable_unaccent(${f.trigram ?? ""}) AS words`
      : Prisma.sql`SELECT NULL::tsquery AS tsq, NULL::text AS words`;
  const ruleDays = f.ruleWeekdays ? Prisma.sql`WHERE x."byDay" = ANY(${f.ruleWeekdays}::"Weekday"[])` : Prisma.empty;
  const exceptionsTo = f.exceptionDates.to === null ? Prisma.empty : Prisma.sql`AND e."startDate" <= ${f.exceptionDates.to}::date`;
  // Hours, exceptions and categories are aggregated per table and hash-joined, not looked up
  // per row: with 10,000 matching rows, per-row subqueries cost several times more. It costs a
  // fixed ~20 ms when few rows match. Joining on base-table keys also keeps the planner's row
  // estimates right; joined to a CTE instead, they grew a thousandfold and PostgreSQL spent
  // 50 ms JIT-compiling a 100 ms query.
  return Prisma.sql`
WITH input AS (${input}),
hours AS (
  SELECT x."serviceAtLocationId" AS id,
    json_agg(json_build_array(x.freq, x."byDay", x."weekOfMonth", x."opensAt", x."closesAt", x."validFrom", x."validTo")) AS rules
  FROM "Schedule" x ${ruleDays} GROUP BY x."serviceAtLocationId"
),
closures AS (
  SELECT e."serviceAtLocationId" AS id,
    json_agg(json_build_array(e.kind, e."startDate", e."endDate", e."opensAt", e."closesAt", e.reason)) AS exceptions,
    -- Special hours only open a place that has regular hours at all (the engine's rule); the
    -- rules above may be limited to a few weekdays, so ask here, for the few with exceptions.
    bool_or(EXISTS (SELECT 1 FROM "Schedule" y WHERE y."serviceAtLocationId" = e."serviceAtLocationId")) AS "hasHours"
  FROM "ScheduleException" e WHERE e."endDate" >= ${f.exceptionDates.from}::date ${exceptionsTo}
  GROUP BY e."serviceAtLocationId"
),
categories AS (
  SELECT sc."serviceId" AS id, string_agg(sc."categoryId", ',') AS ids FROM "ServiceCategory" sc GROUP BY sc."serviceId"
)
SELECT
  s.id AS "serviceId", s.name AS "serviceName",
  array_to_string(s.phases, ',') AS phases, array_to_string(s."accessModes", ',') AS "accessModes",
  array_to_string(s.languages, ',') AS languages, s."isFree", s."noRegistration",
  coalesce(categories.ids, '') AS "categoryIds",
  o.name AS "organizationName", o.kind::text AS "organizationKind",
  sal.id AS "serviceAtLocationId", l.name AS "locationName", l.latitude, l.longitude, l."buurtCode",
  (hours.id IS NOT NULL OR coalesce(closures."hasHours", false)) AS "hasHours", hours.rules::text AS rules,
  closures.exceptions::text AS exceptions,
  ${text.rank} AS rank
FROM "Service" s
JOIN "Organization" o ON o.id = s."organizationId"
CROSS JOIN input
LEFT JOIN "ServiceAtLocation" sal ON sal."serviceId" = s.id
LEFT JOIN "Location" l ON l.id = sal."locationId"
LEFT JOIN hours ON hours.id = sal.id
LEFT JOIN closures ON closures.id = sal.id
LEFT JOIN categories ON categories.id = s.id
WHERE ${Prisma.join(where, " AND ")}`;
}
