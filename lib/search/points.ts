import "server-only";
// Every matching place for the map (GET /api/v1/map-points): one GeoJSON Point per location,
// so a hub is one marker and the map can cluster all matches, not only the list's page. Compact:
// per place only what a marker needs (id, coordinates to ~1 m, kind, name, how many matching
// services are there), about a tenth of the bytes the popups' entries took; a popup asks for
// its place's entries when it opens (searchPlace, GET /api/v1/map-points/<id>). Built as json
// in PostgreSQL from the same `matched` rows as the search; Node only passes the text on.
// Capped, so a search of the whole country cannot send megabytes: past MAX_MAP_PLACES the
// answer says `truncated`.
import { Prisma } from "../generated/prisma/client";
import { db, readDb } from "../db";
import { ensureOpeningWindow } from "./openings";
import { resolveFilters } from "./resolve-filters";
import type { SearchParams } from "./schemas";
import { matchedSql, nextChangeSql } from "./search-sql";
import type { MapPlaceDetails, MapPlaceEntry, MapPointsCollection, MapPointsFeature } from "../search-ui/map-features";

export const MAX_MAP_PLACES = 10_000;

/** The answer's shape is the map's (lib/search-ui/map-features.ts): one contract for both ends. */
export type MapPointsAnswer = { points: MapPointsCollection; validUntil: string | null };


const isoOrNull = (value: string | null) => (value === null ? null : new Date(value).toISOString());

export async function searchPoints(params: SearchParams, options: { now?: Date } = {}): Promise<MapPointsAnswer> {
  const now = options.now ?? new Date();
  await ensureOpeningWindow(db, now);
  const filters = await resolveFilters(params, now);
  const at = now.toISOString();
  // The markers carry no open state, so only an open=now search changes with the clock (a
  // weekday filter changes with the date, which the answer cache adds: notPastMidnight).
  const [{ answer }] = await readDb.$queryRaw<{ answer: { total: number; features: MapPointsFeature[] | null; validUntil: string | null } }[]>(Prisma.sql`
WITH ${matchedSql(filters, at)},
places AS (
  SELECT m.location_id, min(m.latitude) AS latitude, min(m.longitude) AS longitude,
    min(m.location_key) AS location_key, count(*) AS count,
    CASE WHEN bool_and(m.kind = 'FORMAL') THEN 'formal' WHEN bool_and(m.kind = 'INFORMAL') THEN 'informal' ELSE 'mixed' END AS kind
  FROM matched m
  WHERE m.location_id IS NOT NULL
  GROUP BY m.location_id
),
shown AS (SELECT * FROM places ORDER BY location_key, location_id COLLATE "C" LIMIT ${MAX_MAP_PLACES})
SELECT json_build_object(
  'total', (SELECT count(*) FROM places),
  'features', (SELECT json_agg(json_build_object(
      'type', 'Feature', 'id', p.location_id,
      'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(round(p.longitude::numeric, 5), round(p.latitude::numeric, 5))),
      'properties', json_build_object('name', l.name, 'kind', p.kind, 'count', p.count))
    ORDER BY p.location_key, p.location_id COLLATE "C")
    FROM shown p JOIN "Location" l ON l.id = p.location_id),
  'validUntil', ${filters.openNow ? nextChangeSql(at) : Prisma.sql`NULL::timestamptz`}
) AS answer`);
  return {
    points: { type: "FeatureCollection", total: Number(answer.total), truncated: Number(answer.total) > MAX_MAP_PLACES, features: answer.features ?? [] },
    validUntil: isoOrNull(answer.validUntil),
  };
}

export type MapPlaceAnswer = { place: MapPlaceDetails | null; validUntil: string | null };

/**
 * One place's popup (GET /api/v1/map-points/<locationId>): its address and the services there
 * that match the search, with organisation and open state, in the list's name order. `place`
 * is null for a location with no published service at all (unknown or unpublished: 404); a
 * place the filters exclude answers with no entries.
 */
export async function searchPlace(params: SearchParams, locationId: string, options: { now?: Date } = {}): Promise<MapPlaceAnswer> {
  const now = options.now ?? new Date();
  await ensureOpeningWindow(db, now);
  const filters = await resolveFilters(params, now);
  const at = now.toISOString();
  // `matched` not materialized: the place's condition reaches into it, so only the services at
  // this place are matched, not the whole search.
  const [{ answer }] = await readDb.$queryRaw<{ answer: { place: (Omit<MapPlaceDetails, "entries"> & { entries: MapPlaceEntry[] | null }) | null; validUntil: string | null } }[]>(Prisma.sql`
WITH ${matchedSql(filters, at, { materialized: false })}
SELECT json_build_object(
  'place', (SELECT json_build_object(
      'id', l.id, 'name', l.name, 'address', l.address1 || ', ' || l."postalCode" || ' ' || l.city,
      'entries', (SELECT json_agg(json_build_object(
          'itemId', m.item_id, 'serviceName', s.name, 'organisationName', o.name,
          'organisationSlug', o.slug, 'kind', CASE WHEN m.kind = 'FORMAL' THEN 'formal' ELSE 'informal' END,
          'open', m.open_now) ORDER BY m.sort_key, m.item_id COLLATE "C")
        FROM matched m JOIN "Service" s ON s.id = m.service_id JOIN "Organization" o ON o.id = s."organizationId"
        WHERE m.location_id = ${locationId}))
    FROM "Location" l
    WHERE l.id = ${locationId} AND EXISTS (
      SELECT 1 FROM "ServiceAtLocation" sal JOIN "Service" s ON s.id = sal."serviceId" JOIN "Organization" o ON o.id = s."organizationId"
      WHERE sal."locationId" = l.id AND o.status = 'PUBLISHED' AND s.status = 'ACTIVE')),
  'validUntil', ${nextChangeSql(at)}
) AS answer`);
  const place = answer.place === null ? null : { ...answer.place, entries: answer.place.entries ?? [] };
  return { place, validUntil: isoOrNull(answer.validUntil) };
}
