// The one SQL statement of a search: PostgreSQL filters, counts, orders and pages, and only the
// page's rows and the facet counts come back to Node (as one json value). Opening hours are
// looked up in the materialised openings (openings.ts); typo matching uses the trigram indexes
// on Service.nameSearch / organizationNameSearch; names are ordered by the trigger-kept sort
// keys (COLLATE "C"), so no per-row function runs on the whole table.
import { Prisma } from "../generated/prisma/client";
import type { AccessMode, DebtPhase, OrganizationKind, Weekday } from "../generated/prisma/enums";
import { MAX_OPENING_HOURS } from "./openings";
import { groupTsqueryText, prefixTsquery } from "./text-query";

/** word_similarity at or above this counts as a (misspelt) name match: "voedselbnak" ~ "Voedselbank" is 0.67. */
export const NAME_SIMILARITY_THRESHOLD = 0.6;

export type WeekdayFilter = {
  weekday: Weekday;
  /** The day before, for spans past midnight (only with a time). */
  previous: Weekday;
  minuteOfDay: number | null;
  /** Rules valid at some point in these Amsterdam dates (YYYY-MM-DD): the coming week. */
  validFrom: string;
  validTo: string;
};

export type SearchOrder = "relevance" | "distance" | "name" | "open";

/** A group of q (resident-query.ts) with its categories resolved to ids. */
export type SqlTextGroup = { alternatives: string[][]; categoryIds: string[]; languages: string[] };

export type SqlFilters = {
  /** Words of q (text-query.ts searchWords); empty without q. Without words, groups do not count. */
  words: string[];
  /** Words for trigram matching on names; null without q or when too short to compare. */
  trigram: string | null;
  /** What q looks for, every group required (resident-query.ts); [] means one group per word. */
  groups: SqlTextGroup[];
  /** The groups with typos corrected, used only when q as typed matches nothing; null: none. */
  correctedGroups: SqlTextGroup[] | null;
  wijk: { code: string; buurtCodes: string[] } | null;
  buurt: { code: string; wijkCode: string } | null;
  /** Category ids (resolved from the slugs). */
  categories: string[];
  phases: DebtPhase[];
  kind: OrganizationKind | null;
  languages: string[];
  accessModes: AccessMode[];
  free: boolean;
  noRegistration: boolean;
  openNow: boolean;
  weekday: WeekdayFilter | null;
};

/** The unfiltered search: every published item. */
export const NO_FILTERS: SqlFilters = {
  words: [],
  trigram: null,
  groups: [],
  correctedGroups: null,
  wijk: null,
  buurt: null,
  categories: [],
  phases: [],
  kind: null,
  languages: [],
  accessModes: [],
  free: false,
  noRegistration: false,
  openNow: false,
  weekday: null,
};

/**
 * True when the search matches every published item (no q, no filter): its facets, apart from
 * "open now", are the same for every such search until the data changes, so they are read from
 * SearchFacetTotals (facet-totals.ts) instead of counted over the whole table each time.
 */
export function isUnfiltered(f: SqlFilters): boolean {
  return UNFILTERED_CHECKS.every((key) => isEmptyFilter(f[key]));
}

/** Every field of SqlFilters, so a new filter cannot be forgotten here (the type says so). */
const UNFILTERED_CHECKS = Object.keys({
  words: true,
  trigram: true,
  groups: true,
  correctedGroups: true,
  wijk: true,
  buurt: true,
  categories: true,
  phases: true,
  kind: true,
  languages: true,
  accessModes: true,
  free: true,
  noRegistration: true,
  openNow: true,
  weekday: true,
} satisfies Record<keyof SqlFilters, true>) as (keyof SqlFilters)[];

function isEmptyFilter(value: SqlFilters[keyof SqlFilters]): boolean {
  return value === null || value === false || (Array.isArray(value) && value.length === 0);
}

export type SqlQuery = {
  filters: SqlFilters;
  order: SearchOrder;
  near: { lat: number; lng: number } | null;
  /** The moment of "open now" (ISO). */
  now: string;
  /** sort=open: openings after the window count up to this instant (the engine's horizon). */
  horizon: string;
  offset: number;
  limit: number;
};

/** A row of the returned page. Lists arrive comma-joined. */
export type PageRow = {
  serviceId: string;
  serviceName: string;
  phases: string;
  accessModes: string;
  languages: string;
  isFree: boolean;
  noRegistration: boolean;
  /** Category slugs in display order, comma-joined. */
  categories: string;
  organizationName: string;
  organizationKind: OrganizationKind;
  serviceAtLocationId: string | null;
  locationName: string | null;
  latitude: number | null;
  longitude: number | null;
  buurtCode: string | null;
  distance: number | null;
};

export type FacetCounts = [string, number][];

/** The facet counts as SQL returns them: wijk codes and category ids, enum names; see facets.ts. */
export type SqlFacets = {
  total: number;
  wijk: FacetCounts | null;
  kind: FacetCounts | null;
  free: FacetCounts | null;
  no_registration: FacetCounts | null;
  open: number;
  /** [facet ("phase" | "lang" | "access" | "category"), value, count] */
  lists: [string, string, number][] | null;
};

export type SearchAnswer = {
  items: PageRow[] | null;
  facets: SqlFacets;
  /** "totals": the unfiltered search's facets read from SearchFacetTotals; else counted now. */
  facetsFrom: "totals" | "computed";
  /** When the first opening or closing after `now` happens anywhere (ISO), or null. */
  validUntil: string | null;
};

const EARTH_RADIUS_M = 6_371_008.8;

/** The groups q looks for: as resolved, or one per word (SqlFilters made by hand). */
function groupsOf(f: SqlFilters): SqlTextGroup[] {
  return f.groups.length > 0 ? f.groups : f.words.map((w) => ({ alternatives: [[w]], categoryIds: [], languages: [] }));
}

/** A tsquery from its text, NULL when it has no lexemes (stop words only) or no text. */
function nonEmptyTsquery(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT CASE WHEN numnode(q) > 0 THEN q END FROM to_tsquery('dutch', ${text}) AS q)`;
}

const col = (prefix: string, i: number) => Prisma.raw(`${prefix}${i + 1}`);

/**
 * Columns of `input` for one set of groups (prefix "g": as typed, "c": corrected): each
 * group's tsquery, all of them AND-ed and OR-ed (for the rank), and how many groups can match
 * at all: a group of stop words only has no tsquery and, without categories or languages,
 * drops out of the AND, as a stop word always did.
 */
function groupInputColumns(groups: SqlTextGroup[], prefix: string): Prisma.Sql[] {
  const texts = groups.map((g) => groupTsqueryText(g.alternatives));
  const joined = (op: string) => Prisma.sql`concat_ws(${op}, ${Prisma.join(texts.map((t) => Prisma.sql`'(' || ${t} || ')'`))})`;
  const needed = groups.map((g, i) =>
    g.categoryIds.length > 0 || g.languages.length > 0 ? Prisma.sql`1` : Prisma.sql`(CASE WHEN ${nonEmptyTsquery(texts[i])} IS NULL THEN 0 ELSE 1 END)`,
  );
  return [
    ...texts.map((t, i) => Prisma.sql`${nonEmptyTsquery(t)} AS ${col(prefix, i)}`),
    Prisma.sql`${nonEmptyTsquery(joined(" & "))} AS ${Prisma.raw(`${prefix}_all`)}`,
    Prisma.sql`${nonEmptyTsquery(joined(" | "))} AS ${Prisma.raw(`${prefix}_any`)}`,
    Prisma.sql`(${Prisma.join(needed, " + ")}) AS ${Prisma.raw(`${prefix}_needed`)}`,
  ];
}

/**
 * Services matching every group: per group a union of index scans (full text, categories,
 * languages), counted per service. Each scan reads an InitPlan parameter or a bound array, so
 * the planner uses the GIN indexes instead of testing every row.
 */
function groupMatchSql(groups: SqlTextGroup[], prefix: string, { relaxed = false } = {}): Prisma.Sql {
  const scans = groups.flatMap((g, i) => [
    Prisma.sql`SELECT s.id, ${Prisma.raw(String(i))} AS g FROM "Service" s WHERE s."searchVector" @@ (SELECT ${col(prefix, i)} FROM input)`,
    ...(g.categoryIds.length > 0 ? [Prisma.sql`SELECT s.id, ${Prisma.raw(String(i))} AS g FROM "Service" s WHERE s."categoryIds" && ${g.categoryIds}::text[]`] : []),
    ...(g.languages.length > 0 ? [Prisma.sql`SELECT s.id, ${Prisma.raw(String(i))} AS g FROM "Service" s WHERE s.languages && ${g.languages}::text[]`] : []),
  ]);
  const hits = Prisma.sql`(${Prisma.join(scans, "\n      UNION ")})`;
  // Relaxed: every group that matches some service is required, the others are left out.
  const needed = relaxed ? Prisma.sql`(SELECT count(DISTINCT r.g) FROM ${hits} AS r)` : Prisma.sql`(SELECT ${Prisma.raw(`${prefix}_needed`)} FROM input)`;
  return Prisma.sql`SELECT h.id FROM ${hits} AS h GROUP BY h.id HAVING count(DISTINCT h.g) = ${needed}`;
}

/** The columns of `input` for q: the literal tsquery, the trigram text and the groups' tsqueries. */
function textInputSql(f: SqlFilters): Prisma.Sql {
  const columns = [
    Prisma.sql`CASE WHEN numnode(t.q) > 0 THEN t.q END AS tsq`,
    Prisma.sql`immutable_unaccent(${f.trigram ?? ""}) AS words`,
    ...groupInputColumns(groupsOf(f), "g"),
    ...(f.correctedGroups ? groupInputColumns(f.correctedGroups, "c") : []),
  ];
  return Prisma.sql`SELECT ${Prisma.join(columns, ",\n    ")} FROM (SELECT ${prefixTsquery(f.words)} AS q) AS t`;
}

function textMatchSql(f: SqlFilters): Prisma.Sql | null {
  if (f.words.length === 0) return null;
  // The query values are scalar subqueries (InitPlan parameters), not a joined CTE, so the
  // planner can combine the full-text and trigram indexes (BitmapOr) instead of testing every
  // row. input.tsq (the words as typed, AND-ed) is NULL for a query of stop words only ("de",
  // "het"); the groups (resident-query.ts) add the resident-word list's alternatives,
  // categories and languages.
  const tsq = Prisma.sql`(SELECT tsq FROM input)`;
  const words = Prisma.sql`(SELECT words FROM input)`;
  const q = (name: string) => Prisma.sql`(SELECT ${Prisma.raw(name)} FROM input)`;
  const v = Prisma.sql`s."searchVector"`;
  // Rank: every group's words or alternatives in the text (by the better of the words as
  // typed and the alternatives; without alternatives this is the rank as before), then some
  // of them; typo matches of names below 1; a match only by category or language last.
  const typedRank = Prisma.sql`CASE WHEN ${v} @@ ${tsq} THEN ts_rank(${v}, ${tsq}) ELSE 0 END`;
  const tiers = [
    Prisma.sql`WHEN ${v} @@ ${q("g_all")} THEN 2 + greatest(ts_rank(${v}, ${q("g_all")}), ${typedRank})`,
    ...(f.correctedGroups ? [Prisma.sql`WHEN ${v} @@ ${q("c_all")} THEN 2 + ts_rank(${v}, ${q("c_all")})`] : []),
    Prisma.sql`WHEN ${v} @@ ${q("g_any")} THEN 1 + ts_rank(${v}, ${q("g_any")})`,
    ...(f.correctedGroups ? [Prisma.sql`WHEN ${v} @@ ${q("c_any")} THEN 1 + ts_rank(${v}, ${q("c_any")})`] : []),
  ];
  const otherwise =
    f.trigram === null
      ? Prisma.sql`0`
      : Prisma.sql`greatest(word_similarity(${words}, s."nameSearch"), word_similarity(${words}, s."organizationNameSearch"), 0)`;
  // <% is word_similarity(words, name) >= pg_trgm.word_similarity_threshold, whose default is
  // NAME_SIMILARITY_THRESHOLD (0.6), and can use the trigram indexes; the similarity itself is
  // computed only for the rows that matched, to rank typo matches below full-text matches.
  // Index scans united rather than one OR: the planner underestimates what <% costs per row
  // and would otherwise read the whole table.
  const typed =
    f.trigram === null
      ? groupMatchSql(groupsOf(f), "g")
      : Prisma.sql`${groupMatchSql(groupsOf(f), "g")}
      UNION SELECT s.id FROM "Service" s WHERE ${words} <% s."nameSearch" AND word_similarity(${words}, s."nameSearch") >= ${NAME_SIMILARITY_THRESHOLD}
      UNION SELECT s.id FROM "Service" s WHERE ${words} <% s."organizationNameSearch" AND word_similarity(${words}, s."organizationNameSearch") >= ${NAME_SIMILARITY_THRESHOLD}`;
  // Corrected spellings, and only the groups that match something, only when the words as
  // typed match nothing anywhere: a query that finds something is never changed by a guess
  // (the InitPlan of NOT EXISTS skips the scans).
  const corrected = f.correctedGroups
    ? Prisma.sql`
    UNION ALL SELECT c.id FROM (${groupMatchSql(f.correctedGroups, "c", { relaxed: true })}) AS c WHERE NOT EXISTS (SELECT 1 FROM text_typed)`
    : Prisma.empty;
  return Prisma.sql`WITH text_typed AS MATERIALIZED (${typed})
    SELECT s.id, (CASE ${Prisma.join(tiers, " ")} ELSE ${otherwise} END)::float8 AS rank
    FROM "Service" s
    WHERE s.id IN (SELECT id FROM text_typed${corrected})`;
}

/**
 * open=tu (at=14:00): a weekly or monthly rule on that weekday, valid in the coming week,
 * covering that minute; with a time, a span from the evening before counts too
 * (lib/hours/weekday-filter.ts isOpenAt). Exceptions do not count: it is about the pattern.
 * Schedule.opensMinute / closesMinute are kept by a trigger (spanMinutes of lib/hours/clock.ts:
 * a closing at or before the opening is the next day, +1440; NULL when unreadable).
 */
function weekdaySql(w: WeekdayFilter): Prisma.Sql {
  const valid = Prisma.sql`(x."validTo" IS NULL OR x."validTo" >= ${w.validFrom}::date) AND (x."validFrom" IS NULL OR x."validFrom" <= ${w.validTo}::date)
    AND x."opensMinute" IS NOT NULL`;
  const sameDay =
    w.minuteOfDay === null
      ? Prisma.sql`x."byDay" = ${w.weekday}::"Weekday"`
      : Prisma.sql`(x."byDay" = ${w.weekday}::"Weekday" AND x."opensMinute" <= ${w.minuteOfDay} AND ${w.minuteOfDay} < x."closesMinute")`;
  const dayBefore =
    w.minuteOfDay === null ? Prisma.empty : Prisma.sql`OR (x."byDay" = ${w.previous}::"Weekday" AND ${w.minuteOfDay + 1440} < x."closesMinute")`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Schedule" x WHERE x."serviceAtLocationId" = sal.id AND ${valid} AND (${sameDay} ${dayBefore}))`;
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
    where.push(Prisma.sql`s."categoryIds" && ${f.categories}::text[]`);
  }
  if (f.phases.length > 0) where.push(Prisma.sql`s.phases && ${f.phases}::"DebtPhase"[]`);
  if (f.kind) where.push(Prisma.sql`o.kind = ${f.kind}::"OrganizationKind"`);
  if (f.languages.length > 0) where.push(Prisma.sql`s.languages && ${f.languages}::text[]`);
  if (f.accessModes.length > 0) where.push(Prisma.sql`s."accessModes" && ${f.accessModes}::"AccessMode"[]`);
  if (f.free) where.push(Prisma.sql`s."isFree"`);
  if (f.noRegistration) where.push(Prisma.sql`s."noRegistration"`);
  // Open filters are about a door to walk through: items without a place never match.
  if (f.openNow) where.push(Prisma.sql`open_now.id IS NOT NULL`);
  if (f.weekday) where.push(weekdaySql(f.weekday));
  return where;
}

function distanceSql(near: SqlQuery["near"], alias = "l"): Prisma.Sql {
  if (!near) return Prisma.sql`NULL::float8`;
  const l = Prisma.raw(alias);
  // Haversine, as lib/geo/distance.ts, rounded to whole metres as the API shows it.
  const lat = Prisma.sql`radians(${near.lat}::float8)`;
  return Prisma.sql`round(2 * ${EARTH_RADIUS_M}::float8 * asin(least(1, sqrt(
    power(sin((radians(${l}.latitude) - ${lat}) / 2), 2) +
    cos(${lat}) * cos(radians(${l}.latitude)) * power(sin((radians(${l}.longitude) - radians(${near.lng}::float8)) / 2), 2)))))`;
}

/** Metres per degree of latitude on the sphere of lib/geo/distance.ts. */
const METRES_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;
/** The cheap rounds of sort=distance look this far around `near`, the smallest first. */
const NEAR_BOX_METRES = [300, 1_500];

/**
 * sort=distance with bounding-box prefilters: the exact distance is first worked out only for
 * matches in a small box around `near`; when the circle inside that box holds enough of them
 * for the page, nothing outside can come earlier (distances are whole metres, and everything
 * outside the box is further than the circle by more than half a metre). Otherwise the next,
 * larger box; after the last one every match gets its distance. Two sizes: in a city centre
 * 1.5 km holds a quarter of all places, at the edge 300 m may hold none.
 */
function nearestSql(near: { lat: number; lng: number }, needed: number): Prisma.Sql {
  const rounds = NEAR_BOX_METRES.map((radius, i) => {
    const dLat = (radius / METRES_PER_DEGREE) * 1.01;
    const dLng = dLat / Math.cos(((Math.abs(near.lat) + dLat) * Math.PI) / 180);
    const box = Prisma.raw(`box_${i}`);
    const ok = Prisma.raw(`ok_${i}`);
    const earlier = i === 0 ? Prisma.sql`false` : Prisma.sql`(SELECT ok FROM ${Prisma.raw(`ok_${i - 1}`)})`;
    return {
      ctes: Prisma.sql`${box} AS MATERIALIZED (
  SELECT m.*, ${distanceSql(near, "m")} AS distance FROM matched m
  WHERE NOT ${earlier} AND m.latitude BETWEEN ${near.lat - dLat} AND ${near.lat + dLat} AND m.longitude BETWEEN ${near.lng - dLng} AND ${near.lng + dLng}
),
${ok} AS (SELECT ${earlier} OR count(*) >= ${needed} AS ok FROM ${box} WHERE distance <= ${radius})`,
      rows: Prisma.sql`SELECT b.*, 0::float8 AS k1, b.distance AS k2 FROM ${box} b WHERE NOT ${earlier} AND (SELECT ok FROM ${ok}) AND b.distance <= ${radius}`,
    };
  });
  const last = Prisma.raw(`ok_${NEAR_BOX_METRES.length - 1}`);
  return Prisma.sql`${Prisma.join(
    rounds.map((r) => r.ctes),
    ",\n",
  )},
keyed AS (
  ${Prisma.join(
    rounds.map((r) => r.rows),
    "\n  UNION ALL ",
  )}
  UNION ALL
  SELECT m.*, ${distanceSql(near, "m")} AS distance, (m.latitude IS NULL)::int::float8 AS k1, ${distanceSql(near, "m")} AS k2
  FROM matched m WHERE NOT (SELECT ok FROM ${last})
)`;
}

/**
 * The keys of an order as two columns (k1, k2) before the name order every order ends in, so
 * that the page and its json use the same order and equal keys never shuffle between pages.
 */
function orderSql(q: SqlQuery): { k1: Prisma.Sql; k2: Prisma.Sql; join: Prisma.Sql } {
  switch (q.order) {
    case "relevance":
      return { k1: Prisma.sql`-m.rank`, k2: Prisma.sql`0::float8`, join: Prisma.empty };
    case "distance":
      // Only used without `near` never happens (the schema refuses it); see nearestSql.
      return { k1: Prisma.sql`(m.distance IS NULL)::int::float8`, k2: Prisma.sql`m.distance`, join: Prisma.empty };
    case "open":
      // Open now first; then by the next opening (a lookup per item in the openings, then the
      // first one after the window); then closed with nothing in sight; then unknown hours.
      return {
        k1: Prisma.sql`(CASE WHEN m.open_now THEN 0 WHEN NOT m.has_hours THEN 3 WHEN nx.next IS NULL THEN 2 ELSE 1 END)::float8`,
        k2: Prisma.sql`extract(epoch FROM nx.next)::float8`,
        join: Prisma.sql`LEFT JOIN LATERAL (
          SELECT coalesce(
            (SELECT min(op."startsAt") FROM "Opening" op WHERE op."serviceAtLocationId" = m.sal_id AND op."startsAt" > ${q.now}::timestamptz),
            (SELECT os."laterOpening" FROM "OpeningSummary" os WHERE os."serviceAtLocationId" = m.sal_id AND os."laterOpening" < ${q.horizon}::timestamptz)
          ) AS next WHERE NOT m.open_now AND m.has_hours
        ) nx ON true`,
      };
    default:
      return { k1: Prisma.sql`0::float8`, k2: Prisma.sql`0::float8`, join: Prisma.empty };
  }
}

const ORDER = (alias: string) => Prisma.raw(`${alias}.k1, ${alias}.k2 NULLS LAST, ${alias}.sort_key, ${alias}.location_key, ${alias}.item_id COLLATE "C"`);

/**
 * The CTEs every search shares, ending in `matched` (one row per matching item) and `running`
 * (the openings running at `now`): what the result page, the facets and the map points read.
 */
export function matchedSql(f: SqlFilters, now: string, { materialized = true } = {}): Prisma.Sql {
  const text = textMatchSql(f);
  const input =
    f.words.length > 0
      ? textInputSql(f)
      : Prisma.sql`SELECT NULL::tsquery AS tsq, NULL::text AS words`;
  const at = Prisma.sql`${now}::timestamptz`;
  return Prisma.sql`input AS MATERIALIZED (${input}),
text_match AS (${text ?? Prisma.sql`SELECT NULL::text AS id, 0::float8 AS rank WHERE false`}),
-- Openings running now: every interval starts at most MAX_OPENING_HOURS before it ends, so the
-- index range on startsAt is a few days of rows, not the table.
running AS MATERIALIZED (
  SELECT op."serviceAtLocationId" AS id, op."endsAt" FROM "Opening" op
  WHERE op."startsAt" <= ${at} AND op."startsAt" > ${at} - make_interval(hours => ${MAX_OPENING_HOURS}) AND op."endsAt" > ${at}
),
open_now AS (SELECT DISTINCT id FROM running),
matched AS ${materialized ? Prisma.sql`MATERIALIZED` : Prisma.sql`NOT MATERIALIZED`} (
  SELECT coalesce(sal.id, s.id) AS item_id, s.id AS service_id, sal.id AS sal_id, o.kind AS kind,
    s.phases, s."accessModes" AS access_modes, s.languages, s."categoryIds" AS category_ids,
    s."isFree" AS is_free, s."noRegistration" AS no_registration,
    l.id AS location_id, l.latitude, l.longitude, l."buurtCode" AS buurt_code, b."wijkCode" AS wijk_code,
    s."sortKey" AS sort_key, coalesce(l."sortKey", '') AS location_key,
    (open_now.id IS NOT NULL) AS open_now, coalesce(summary."hasHours", false) AS has_hours,
    ${text ? Prisma.sql`tm.rank` : Prisma.sql`0::float8`} AS rank
  FROM "Service" s
  JOIN "Organization" o ON o.id = s."organizationId"
  ${text ? Prisma.sql`JOIN text_match tm ON tm.id = s.id` : Prisma.empty}
  LEFT JOIN "ServiceAtLocation" sal ON sal."serviceId" = s.id
  LEFT JOIN "Location" l ON l.id = sal."locationId"
  LEFT JOIN "Buurt" b ON b.code = l."buurtCode"
  LEFT JOIN open_now ON open_now.id = sal.id
  LEFT JOIN "OpeningSummary" summary ON summary."serviceAtLocationId" = sal.id
  WHERE ${Prisma.join(filterConditions(f), " AND ")}
)`;
}

/**
 * The facet counts of everything in `matched`, as one json value (SqlFacets).
 * Two passes over the matches for every facet: one for the single values (grouping sets),
 * one for the lists, unnested side by side (NULL where a list is shorter).
 */
export function facetsSql(): Prisma.Sql {
  return Prisma.sql`(SELECT json_build_object(
      'wijk', json_agg(json_build_array(wijk_code, n)) FILTER (WHERE g = 'wijk' AND wijk_code IS NOT NULL),
      'kind', json_agg(json_build_array(kind, n)) FILTER (WHERE g = 'kind'),
      'free', json_agg(json_build_array(is_free::text, n)) FILTER (WHERE g = 'free'),
      'no_registration', json_agg(json_build_array(no_registration::text, n)) FILTER (WHERE g = 'no_registration'),
      'open', coalesce(max(open_count) FILTER (WHERE g = 'all'), 0),
      'total', coalesce(max(n) FILTER (WHERE g = 'all'), 0),
      'lists', (SELECT json_agg(json_build_array(f, v, n)) FROM (
        SELECT CASE WHEN GROUPING(x.p) = 0 THEN 'phase' WHEN GROUPING(x.l) = 0 THEN 'lang' WHEN GROUPING(x.a) = 0 THEN 'access' ELSE 'category' END AS f,
          coalesce(x.p::text, x.l, x.a::text, x.c) AS v, count(*) AS n
        FROM matched m, unnest(m.phases, m.languages, m.access_modes, m.category_ids) AS x(p, l, a, c)
        GROUP BY GROUPING SETS ((x.p), (x.l), (x.a), (x.c))) AS lists WHERE v IS NOT NULL))
    FROM (
      SELECT CASE WHEN GROUPING(wijk_code) = 0 THEN 'wijk' WHEN GROUPING(kind) = 0 THEN 'kind' WHEN GROUPING(is_free) = 0 THEN 'free'
          WHEN GROUPING(no_registration) = 0 THEN 'no_registration' ELSE 'all' END AS g,
        wijk_code, kind, is_free, no_registration, count(*) AS n, count(*) FILTER (WHERE open_now) AS open_count
      FROM matched GROUP BY GROUPING SETS ((wijk_code), (kind), (is_free), (no_registration), ())) AS single)`;
}

/**
 * The first opening or closing after `at` anywhere (not only among the matches, so never too
 * late): when an answer with open states changes by itself. Reads `running` of matchedSql.
 */
export function nextChangeSql(at: string): Prisma.Sql {
  return Prisma.sql`least(
    (SELECT min(op."startsAt") FROM "Opening" op WHERE op."startsAt" > ${at}::timestamptz),
    (SELECT min(r."endsAt") FROM running r))`;
}

/** The stored totals, when they are of the data this statement sees; else no row. */
const CURRENT_TOTALS = Prisma.sql`FROM "SearchFacetTotals" t JOIN "DataVersion" d ON d.id = 1 AND d.version = t.version WHERE t.id = 1`;

/**
 * The facets of a search: counted over `matched`, or for the unfiltered search read from
 * SearchFacetTotals with only "open now" counted. A scalar subquery runs only when reached, so
 * when the totals are current the counting one in the coalesce does not run; when they are not
 * (a publish since they were stored, seen by this statement's snapshot), the answer is counted
 * as for any search: never from other data than the items'.
 */
function searchFacetsSql(unfiltered: boolean): { facets: Prisma.Sql; from: Prisma.Sql } {
  if (!unfiltered) return { facets: facetsSql(), from: Prisma.sql`'computed'` };
  return {
    facets: Prisma.sql`coalesce(
    (SELECT (t.facets || jsonb_build_object('open', (SELECT count(*) FROM matched m WHERE m.open_now)))::json ${CURRENT_TOTALS}),
    ${facetsSql()})`,
    from: Prisma.sql`CASE WHEN EXISTS (SELECT 1 ${CURRENT_TOTALS}) THEN 'totals' ELSE 'computed' END`,
  };
}

export function searchSql(q: SqlQuery): Prisma.Sql {
  const order = orderSql(q);
  const unfiltered = isUnfiltered(q.filters);
  // Without filters, `matched` is the whole table: not written out, so the page can be read
  // in name order from the sort-key index and stop after `limit` rows, and sort=distance reads
  // only the places in its box (the location index) when the box holds enough. sort=open needs
  // every match's next opening: it keeps `matched` materialised.
  const inline = unfiltered && q.order !== "open";
  const { facets, from: facetsFrom } = searchFacetsSql(unfiltered);
  return Prisma.sql`
WITH ${matchedSql(q.filters, q.now, { materialized: !inline })},
${q.order === "distance" && q.near ? nearestSql(q.near, q.offset + q.limit) : Prisma.sql`keyed AS (
  SELECT m.*, NULL::float8 AS distance, ${order.k1} AS k1, ${order.k2} AS k2 FROM matched m ${order.join}
)`},
page AS (
  SELECT * FROM keyed m ORDER BY ${ORDER("m")} LIMIT ${q.limit} OFFSET ${q.offset}
)
SELECT json_build_object(
  'items', (SELECT json_agg(json_build_object(
      'serviceId', p.service_id, 'serviceName', ps.name,
      'phases', array_to_string(p.phases, ','), 'accessModes', array_to_string(p.access_modes, ','),
      'languages', array_to_string(p.languages, ','), 'isFree', p.is_free, 'noRegistration', p.no_registration,
      'categories', coalesce((SELECT string_agg(c.slug, ',' ORDER BY c."sortOrder", c.slug COLLATE "C")
        FROM "Category" c WHERE c.id = ANY(p.category_ids)), ''),
      'organizationName', po.name, 'organizationKind', p.kind,
      'serviceAtLocationId', p.sal_id, 'locationName', pl.name, 'latitude', p.latitude, 'longitude', p.longitude,
      'buurtCode', p.buurt_code, 'distance', ${q.order === "distance" ? Prisma.sql`p.distance` : distanceSql(q.near, "p")})
    ORDER BY ${ORDER("p")})
    FROM page p JOIN "Service" ps ON ps.id = p.service_id JOIN "Organization" po ON po.id = ps."organizationId"
    LEFT JOIN "Location" pl ON pl.id = p.location_id),
  'facets', ${facets},
  'facetsFrom', ${facetsFrom},
  -- When some answer could change: the next opening anywhere, or the end of one running now.
  -- Wider than this result (any place, not only matches), so never too late.
  'validUntil', ${nextChangeSql(q.now)}
) AS answer`;
}
