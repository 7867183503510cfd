import "server-only";
// Every matching place for the map (GET /api/v1/map-points): one GeoJSON Point per location,
// naming the services found there, so a hub is one marker and the map can cluster all matches,
// not only the list's page. Built as json in PostgreSQL from the same `matched` rows as the
// search; Node only passes the text on. Capped, so a search of the whole country cannot send
// megabytes: past MAX_MAP_PLACES the answer says `truncated`.
import { Prisma } from "../generated/prisma/client";
import { db, readDb } from "../db";
import { ensureOpeningWindow } from "./openings";
import { resolveFilters } from "./resolve-filters";
import type { SearchParams } from "./schemas";
import { matchedSql } from "./search-sql";
import type { MapPointsCollection, MapPointsFeature } from "../search-ui/map-features";

export const MAX_MAP_PLACES = 10_000;

/** The answer's shape is the map's (lib/search-ui/map-features.ts): one contract for both ends. */
export type MapPointsAnswer = { points: MapPointsCollection; validUntil: string | null };

export async function searchPoints(params: SearchParams, options: { now?: Date } = {}): Promise<MapPointsAnswer> {
  const now = options.now ?? new Date();
  await ensureOpeningWindow(db, now);
  const filters = await resolveFilters(params, now);
  const at = now.toISOString();
  const [{ answer }] = await readDb.$queryRaw<{ answer: { total: number; places: number; features: MapPointsFeature[] | null; validUntil: string | null } }[]>(Prisma.sql`
WITH ${matchedSql(filters, at)},
places AS (
  SELECT m.location_id, min(m.latitude) AS latitude, min(m.longitude) AS longitude,
    min(m.location_key) AS location_key,
    CASE WHEN bool_and(m.kind = 'FORMAL') THEN 'formal' WHEN bool_and(m.kind = 'INFORMAL') THEN 'informal' ELSE 'mixed' END AS kind,
    json_agg(json_build_object(
      'itemId', m.item_id, 'serviceName', s.name, 'organisationName', o.name,
      'organisationSlug', o.slug, 'kind', CASE WHEN m.kind = 'FORMAL' THEN 'formal' ELSE 'informal' END,
      'open', m.open_now) ORDER BY m.sort_key, m.item_id COLLATE "C") AS entries
  FROM matched m JOIN "Service" s ON s.id = m.service_id JOIN "Organization" o ON o.id = s."organizationId"
  WHERE m.location_id IS NOT NULL
  GROUP BY m.location_id
),
shown AS (SELECT * FROM places ORDER BY location_key, location_id COLLATE "C" LIMIT ${MAX_MAP_PLACES})
SELECT json_build_object(
  'total', (SELECT count(*) FROM matched m WHERE m.location_id IS NOT NULL),
  'places', (SELECT count(*) FROM places),
  'features', (SELECT json_agg(json_build_object(
      'type', 'Feature', 'id', p.location_id,
      'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(p.longitude, p.latitude)),
      'properties', json_build_object('name', l.name, 'address', l.address1 || ', ' || l."postalCode" || ' ' || l.city, 'kind', p.kind, 'entries', p.entries))
    ORDER BY p.location_key, p.location_id COLLATE "C")
    FROM shown p JOIN "Location" l ON l.id = p.location_id),
  'validUntil', least(
    (SELECT min(op."startsAt") FROM "Opening" op WHERE op."startsAt" > ${at}::timestamptz),
    (SELECT min(r."endsAt") FROM running r))
) AS answer`);
  return {
    points: { type: "FeatureCollection", total: Number(answer.total), truncated: Number(answer.places) > MAX_MAP_PLACES, features: answer.features ?? [] },
    validUntil: answer.validUntil === null ? null : new Date(answer.validUntil).toISOString(),
  };
}
