// Materialised opening times: for every service at a location, the concrete intervals the hours
// engine (lib/hours: rules, exceptions, Dutch public holidays) gives for a window of days, so
// that "open now" and "opens soonest" are index lookups in the search query instead of the
// engine running for every matching item.
//
// - The window runs from yesterday (a span past midnight is still open early today) to
//   WINDOW_DAYS ahead. OpeningSummary keeps, per place, whether it has regular hours at all
//   and its first opening after the window (the engine looks NEXT_OPENING_SEARCH_DAYS ahead).
// - Every write of rules or exceptions refreshes its place in the same transaction
//   (refreshOpenings with ids). `npm run openings:refresh` (daily) moves the whole window on;
//   a search that finds the window running out refreshes it itself (ensureOpeningWindow), so a
//   missed cron run makes one search slow, never an answer wrong.
// - Each place is refreshed whole (delete + insert of its rows) in one statement batch, so a
//   search sees a place's old or new openings, never half of each.
import { amsterdamDate, amsterdamInstant, dateKey, NEXT_OPENING_SEARCH_DAYS, openingsOn, toCivilDate } from "../hours";
import type { CivilDate, HoursException, Interval, ScheduleRule } from "../hours";
import { addDays } from "../hours/civil-date";
import { toExceptions, toRules, type ExceptionTuple, type RuleTuple } from "./hours-rows";
import type { Db } from "../db";

/** Days after today the openings cover (plus yesterday). */
export const WINDOW_DAYS = 14;
/** A search refreshes the window itself when fewer days than this are left ahead of today. */
export const MIN_DAYS_AHEAD = 7;
/** How far from the window's first day the first opening after it is looked for. */
const LATER_OPENING_DAYS = 1 + (WINDOW_DAYS - MIN_DAYS_AHEAD) + NEXT_OPENING_SEARCH_DAYS + 1;
/** No interval is longer than this (a span starts on its day and ends the next at the latest). */
export const MAX_OPENING_HOURS = 48;
/** Places per batch of a full refresh: bounds memory and statement size at 100,000 places. */
const BATCH = 2_000;
const LOCK_KEY = 774_401;

type Executor = Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">;
type Transactional = Executor & Pick<Db, "$transaction">;

export type OpeningWindow = { from: CivilDate; to: CivilDate };

export function windowFor(now: Date): OpeningWindow {
  const today = amsterdamDate(now);
  return { from: addDays(today, -1), to: addDays(today, WINDOW_DAYS) };
}

type RuleRow = { sal: string; rules: string | null; exceptions: string | null };

function parseRules(text: string | null): ScheduleRule[] {
  return text ? toRules(JSON.parse(text) as RuleTuple[]) : [];
}

function parseExceptions(text: string | null): HoursException[] {
  return text ? toExceptions(JSON.parse(text) as ExceptionTuple[]) : [];
}

export type PlaceOpenings = { intervals: Interval[]; hasHours: boolean; laterOpening: Date | null };

/**
 * The openings of one place in the window, as openState would find them: no regular rules
 * means no openings at all ("unknown"), whatever the exceptions say.
 */
export function computeOpenings(window: OpeningWindow, rules: readonly ScheduleRule[], exceptions: readonly HoursException[]): PlaceOpenings {
  if (rules.length === 0) return { intervals: [], hasHours: false, laterOpening: null };
  const intervals: Interval[] = [];
  const days = Math.round((Date.UTC(window.to.year, window.to.month - 1, window.to.day) - Date.UTC(window.from.year, window.from.month - 1, window.from.day)) / 86_400_000);
  for (let offset = 0; offset <= days; offset++) {
    for (const interval of openingsOn(addDays(window.from, offset), rules, exceptions)) {
      const longest = interval.start.getTime() + MAX_OPENING_HOURS * 3_600_000;
      intervals.push({ start: interval.start, end: new Date(Math.min(interval.end.getTime(), longest)) });
    }
  }
  // The first opening after the window, as far ahead as openState looks from any day the window
  // still counts as fresh (up to WINDOW_DAYS - MIN_DAYS_AHEAD days after the refresh).
  let laterOpening: Date | null = null;
  for (let offset = days + 1; offset <= LATER_OPENING_DAYS && !laterOpening; offset++) {
    laterOpening = openingsOn(addDays(window.from, offset), rules, exceptions)[0]?.start ?? null;
  }
  return { intervals, hasHours: true, laterOpening };
}

const RULES_SQL = `
SELECT sal.id AS sal,
  (SELECT json_agg(json_build_array(x.freq, x."byDay", x."weekOfMonth", x."opensAt", x."closesAt", x."validFrom", x."validTo"))
     FROM "Schedule" x WHERE x."serviceAtLocationId" = sal.id)::text AS rules,
  (SELECT json_agg(json_build_array(e.kind, e."startDate", e."endDate", e."opensAt", e."closesAt", e.reason))
     FROM "ScheduleException" e WHERE e."serviceAtLocationId" = sal.id AND e."endDate" >= $2::date)::text AS exceptions
FROM "ServiceAtLocation" sal WHERE sal.id = ANY($1::text[])`;

/** Works out and writes the openings of these places (their old rows replaced). */
async function writePlaces(tx: Executor, ids: readonly string[], window: OpeningWindow, patterns: Map<string, PlaceOpenings>): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx.$queryRawUnsafe<RuleRow[]>(RULES_SQL, ids, dateKey(window.from));
  const sal: string[] = [];
  const starts: string[] = [];
  const ends: string[] = [];
  const summaries: { id: string; hasHours: boolean; later: string | null }[] = [];
  for (const row of rows) {
    // Many places share an hours pattern: each distinct one is worked out once per refresh.
    const key = `${row.rules}\u0000${row.exceptions}`;
    let openings = patterns.get(key);
    if (!openings) {
      openings = computeOpenings(window, parseRules(row.rules), parseExceptions(row.exceptions));
      patterns.set(key, openings);
    }
    // Merged per day, so starts are unique per day; across days a start can only repeat if a
    // day's span ended exactly where the next began, and then the first one wins.
    const seen = new Set<number>();
    for (const interval of openings.intervals) {
      if (seen.has(interval.start.getTime())) continue;
      seen.add(interval.start.getTime());
      sal.push(row.sal);
      starts.push(interval.start.toISOString());
      ends.push(interval.end.toISOString());
    }
    summaries.push({ id: row.sal, hasHours: openings.hasHours, later: openings.laterOpening?.toISOString() ?? null });
  }
  await tx.$executeRawUnsafe(`DELETE FROM "Opening" WHERE "serviceAtLocationId" = ANY($1::text[])`, ids);
  await tx.$executeRawUnsafe(`DELETE FROM "OpeningSummary" WHERE "serviceAtLocationId" = ANY($1::text[])`, ids);
  if (sal.length > 0) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "Opening" ("serviceAtLocationId", "startsAt", "endsAt") SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::timestamptz[])`,
      sal,
      starts,
      ends,
    );
  }
  if (summaries.length > 0) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "OpeningSummary" ("serviceAtLocationId", "hasHours", "laterOpening") SELECT * FROM unnest($1::text[], $2::boolean[], $3::timestamptz[])`,
      summaries.map((s) => s.id),
      summaries.map((s) => s.hasHours),
      summaries.map((s) => s.later),
    );
  }
  return sal.length;
}

type WindowRow = { fromDate: string; toDate: string };

async function currentWindow(tx: Executor): Promise<OpeningWindow | null> {
  const rows = await tx.$queryRawUnsafe<WindowRow[]>(`SELECT "fromDate"::text AS "fromDate", "toDate"::text AS "toDate" FROM "OpeningWindow" WHERE id = 1`);
  return rows[0] ? { from: toCivilDate(rows[0].fromDate), to: toCivilDate(rows[0].toDate) } : null;
}

/**
 * Refreshes the openings of these places after their rules or exceptions changed; call it in
 * the transaction of the change. Uses the current window; without one yet, fills it whole.
 */
export async function refreshOpenings(tx: Executor, serviceAtLocationIds: readonly string[], now = new Date()): Promise<void> {
  const window = await currentWindow(tx);
  if (!window) {
    await refreshAllOpenings(tx, now);
    return;
  }
  await writePlaces(tx, [...new Set(serviceAtLocationIds)], window, new Map());
}

/**
 * Works out every place's openings for the window of `now` and records the window. Batches of
 * places, so memory stays bounded; run inside a transaction or not (the daily job, a search).
 */
export async function refreshAllOpenings(tx: Executor | Transactional, now = new Date()): Promise<{ places: number; openings: number }> {
  const window = windowFor(now);
  const patterns = new Map<string, PlaceOpenings>();
  // Given a client rather than a transaction (the daily job), each batch is a transaction of
  // its own, so editors wait for one batch at most, not for the whole refresh.
  const inBatch = <T>(work: (t: Executor) => Promise<T>): Promise<T> =>
    // typeof, not `in`: lib/db's `db` is a proxy that only answers property reads.
    typeof (tx as Partial<Transactional>).$transaction === "function"
      ? (tx as Transactional).$transaction((t) => work(t), { timeout: 120_000, maxWait: 60_000 })
      : work(tx);
  let after = "";
  let places = 0;
  let openings = 0;
  for (;;) {
    const batch = await tx.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "ServiceAtLocation" WHERE id > $1 ORDER BY id LIMIT ${BATCH}`, after);
    if (batch.length === 0) break;
    const ids = batch.map((b) => b.id);
    openings += await inBatch(async (t) => {
      // Writers of published data take the data version row first (its trigger): taking it
      // before reading the rules means no edit can commit between the read and the write.
      await t.$queryRawUnsafe(`SELECT 1 FROM "DataVersion" WHERE id = 1 FOR UPDATE`);
      return writePlaces(t, ids, window, patterns);
    });
    places += ids.length;
    after = ids[ids.length - 1];
  }
  await tx.$executeRawUnsafe(
    `INSERT INTO "OpeningWindow" (id, "fromDate", "toDate", "refreshedAt") VALUES (1, $1::date, $2::date, now())
     ON CONFLICT (id) DO UPDATE SET "fromDate" = EXCLUDED."fromDate", "toDate" = EXCLUDED."toDate", "refreshedAt" = now()`,
    dateKey(window.from),
    dateKey(window.to),
  );
  return { places, openings };
}

/** The end of the engine's look-ahead for a next opening (openState): midnight after its last day. */
export function nextOpeningHorizon(now: Date): Date {
  return amsterdamInstant(addDays(amsterdamDate(now), NEXT_OPENING_SEARCH_DAYS + 1), 0);
}

/** Whether the window covers what a search at `now` needs. */
export function windowIsFresh(window: OpeningWindow | null, now: Date): boolean {
  if (!window) return false;
  const today = amsterdamDate(now);
  return dateKey(window.from) <= dateKey(addDays(today, -1)) && dateKey(window.to) >= dateKey(addDays(today, MIN_DAYS_AHEAD));
}

/** The days (Amsterdam date keys) for which this process knows the window is fresh. */
let knownFresh: { from: string; until: string } | null = null;

/**
 * Makes sure the openings cover the days a search at `now` needs: normally one row read per
 * process per day. When the window runs out (the daily job did not run), one instance
 * refreshes it under an advisory lock while the others wait for it.
 */
export async function ensureOpeningWindow(db: Transactional, now = new Date()): Promise<void> {
  const todayKey = dateKey(amsterdamDate(now));
  // Tests search at fixed moments, also in the past: the window must cover yesterday too.
  if (knownFresh && knownFresh.from <= dateKey(addDays(amsterdamDate(now), -1)) && todayKey <= knownFresh.until) return;
  let window = await currentWindow(db);
  if (!windowIsFresh(window, now)) {
    window = await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK_KEY})`);
        const again = await currentWindow(tx);
        if (windowIsFresh(again, now)) return again;
        await refreshAllOpenings(tx, now);
        return currentWindow(tx);
      },
      { timeout: 600_000, maxWait: 600_000 },
    );
  }
  // Fresh until the day the window has fewer than MIN_DAYS_AHEAD days left.
  if (window) knownFresh = { from: dateKey(window.from), until: dateKey(addDays(window.to, -MIN_DAYS_AHEAD)) };
}

/** For tests: forget what this process knows about the window. */
export function forgetOpeningWindow(): void {
  knownFresh = null;
}
