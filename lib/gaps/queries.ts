import "server-only";
// What the gap view (/beheer/hiaten) counts. Four statements in parallel, each one aggregate
// over all wijken at once: the wijken themselves, services per wijk × phase, walk-in per
// wijk × weekday, and stale listings per wijk. Counted are active services of published
// organisations only: drafts, pending, rejected and archived listings are not on the map,
// so they close no gap.
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { SessionUser } from "../auth/session";
import { NotAllowedError } from "../actions/errors";
import { canSeeGaps } from "./access";
import { parseAreaGeometry } from "../geo/geometry";
import { amsterdamDate, dateKey } from "../hours";
import { addDays } from "../hours/civil-date";
import { staleBefore } from "../moderation/stale";
import { phaseCoverage, phaseSummaries, walkInCoverage, weekdaySummaries, type PhaseCountRow, type WalkInCountRow } from "./coverage";
import { staleByWijk, type StaleCountRow } from "./stale";
import type { MapWijk } from "./choropleth";

/** The wijken with their centroid and boundary (for the map), alphabetically. */
async function wijkenForMap(): Promise<MapWijk[]> {
  const rows = await db.wijk.findMany({
    orderBy: { name: "asc" },
    select: { code: true, name: true, slug: true, centroidLat: true, centroidLng: true, boundary: true },
  });
  return rows.map((row) => ({ ...row, boundary: parseAreaGeometry(row.boundary) }));
}

/**
 * Per wijk × phase: `local` counts services held at an address in the wijk or serving it by
 * service area (the whole wijk or one of its buurten); `cityWide` counts services without any
 * service area (they serve the whole city) that are not held in the wijk. Kept apart so that a
 * wijk with only city-wide help still shows as a local gap.
 */
async function phaseCounts(): Promise<PhaseCountRow[]> {
  return db.$queryRaw<PhaseCountRow[]>(Prisma.sql`
    WITH svc AS (
      SELECT s.id, s.phases,
        NOT EXISTS (SELECT 1 FROM "ServiceArea" a WHERE a."serviceId" = s.id) AS "cityWide"
      FROM "Service" s JOIN "Organization" o ON o.id = s."organizationId"
      WHERE s.status = 'ACTIVE' AND o.status = 'PUBLISHED'
    ), served AS (
      SELECT sal."serviceId" AS id, b."wijkCode"
      FROM "ServiceAtLocation" sal
      JOIN "Location" l ON l.id = sal."locationId"
      JOIN "Buurt" b ON b.code = l."buurtCode"
      UNION
      SELECT a."serviceId", COALESCE(a."wijkCode", b."wijkCode")
      FROM "ServiceArea" a LEFT JOIN "Buurt" b ON b.code = a."buurtCode"
    )
    SELECT w.code AS "wijkCode", p.phase::text AS phase,
      (count(sv.id) FILTER (WHERE sr.id IS NOT NULL))::int AS local,
      (count(sv.id) FILTER (WHERE sr.id IS NULL AND sv."cityWide"))::int AS "cityWide"
    FROM "Wijk" w
    CROSS JOIN unnest(enum_range(NULL::"DebtPhase")) AS p(phase)
    JOIN svc sv ON p.phase = ANY(sv.phases)
    LEFT JOIN served sr ON sr.id = sv.id AND sr."wijkCode" = w.code
    GROUP BY w.code, p.phase`);
}

/**
 * Per wijk × weekday: walk-in services (access mode WALK_IN) with opening hours that weekday at
 * an address in the wijk. A service counts once per wijk and day, as `weekly` when a weekly
 * rule opens it that day, otherwise as `sometimes` (only monthly rules, "first Saturday").
 * Rules count as in the search's weekday filter: those that apply some day of the coming
 * week (not ended, not starting later). Rules starting that weekday only: a span past
 * midnight is not "open on Saturday" to a visitor. Exceptions are left out: this is about
 * the regular pattern.
 */
async function walkInCounts(now: Date): Promise<WalkInCountRow[]> {
  const today = amsterdamDate(now);
  const first = dateKey(today);
  const last = dateKey(addDays(today, 6));
  return db.$queryRaw<WalkInCountRow[]>(Prisma.sql`
    WITH open_days AS (
      SELECT b."wijkCode", x."byDay" AS day, s.id, bool_or(x.freq = 'WEEKLY') AS weekly
      FROM "Service" s
      JOIN "Organization" o ON o.id = s."organizationId"
      JOIN "ServiceAtLocation" sal ON sal."serviceId" = s.id
      JOIN "Location" l ON l.id = sal."locationId"
      JOIN "Buurt" b ON b.code = l."buurtCode"
      JOIN "Schedule" x ON x."serviceAtLocationId" = sal.id
      WHERE s.status = 'ACTIVE' AND o.status = 'PUBLISHED' AND 'WALK_IN' = ANY(s."accessModes")
        AND (x."validTo" IS NULL OR x."validTo" >= ${first}::date)
        AND (x."validFrom" IS NULL OR x."validFrom" <= ${last}::date)
      GROUP BY b."wijkCode", x."byDay", s.id
    )
    SELECT "wijkCode", day::text AS day,
      (count(*) FILTER (WHERE weekly))::int AS weekly,
      (count(*) FILTER (WHERE NOT weekly))::int AS sometimes
    FROM open_days
    GROUP BY "wijkCode", day`);
}

/**
 * Published listings not checked for half a year (lib/moderation/stale.ts), per wijk of their
 * addresses; `wijkCode: null` for listings with no address in a wijk, and one total row
 * (GROUPING SETS) that counts every listing once.
 */
async function staleCounts(now: Date): Promise<StaleCountRow[]> {
  return db.$queryRaw<StaleCountRow[]>(Prisma.sql`
    SELECT b."wijkCode", GROUPING(b."wijkCode") = 1 AS "isTotal", count(DISTINCT o.id)::int AS count
    FROM "Organization" o
    LEFT JOIN ("OrganizationLocation" ol
      JOIN "Location" l ON l.id = ol."locationId"
      JOIN "Buurt" b ON b.code = l."buurtCode") ON ol."organizationId" = o.id
    WHERE o.status = 'PUBLISHED' AND (o."verifiedAt" IS NULL OR o."verifiedAt" < ${staleBefore(now)})
    GROUP BY GROUPING SETS ((b."wijkCode"), ())`);
}

/**
 * Everything the gap view shows. Guarded itself, not only by the page: whoever calls it
 * who may not see gaps (coordinators who are no professional, visitors) gets NotAllowedError and no data.
 */
export async function getGapsOverview(user: SessionUser | null, now: Date = new Date()) {
  if (!(await canSeeGaps(user))) throw new NotAllowedError();
  const [wijken, phases, walkIn, stale] = await Promise.all([wijkenForMap(), phaseCounts(), walkInCounts(now), staleCounts(now)]);
  const refs = wijken.map(({ code, name, slug }) => ({ code, name, slug }));
  const phaseRows = phaseCoverage(refs, phases);
  const walkInRows = walkInCoverage(refs, walkIn);
  return {
    wijken,
    phases: phaseRows,
    phaseSummaries: phaseSummaries(phaseRows),
    walkIn: walkInRows,
    daySummaries: weekdaySummaries(walkInRows),
    stale: staleByWijk(refs, stale),
  };
}

export type GapsOverview = Awaited<ReturnType<typeof getGapsOverview>>;
