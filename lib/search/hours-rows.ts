// Opening hours as the page-details query returns them (json arrays of tuples) turned into the
// shapes of the hours engine, each distinct text parsed once per search.
import type { HoursException, ScheduleRule, Weekday } from "../hours";

/** A Schedule row as json_build_array: [freq, byDay, weekOfMonth, opensAt, closesAt, validFrom, validTo] (dates "YYYY-MM-DD"). */
export type RuleTuple = ["WEEKLY" | "MONTHLY", Weekday, number | null, string, string, string | null, string | null];
/** A ScheduleException row: [kind, startDate, endDate, opensAt, closesAt, reason]. */
export type ExceptionTuple = ["CLOSED" | "SPECIAL_HOURS", string, string, string | null, string | null, string | null];

/** A json date ("YYYY-MM-DD") as the engine expects a @db.Date: UTC midnight of that date. */
function dbDate(value: string): Date {
  return new Date(`${value.slice(0, 10)}T00:00:00.000Z`);
}

export function toRules(rows: readonly RuleTuple[]): ScheduleRule[] {
  return rows.map(([freq, byDay, weekOfMonth, opensAt, closesAt, validFrom, validTo]) => ({
    freq,
    byDay,
    weekOfMonth,
    opensAt,
    closesAt,
    validFrom: validFrom === null ? null : dbDate(validFrom),
    validTo: validTo === null ? null : dbDate(validTo),
  }));
}

export function toExceptions(rows: readonly ExceptionTuple[]): HoursException[] {
  return rows.map(([kind, startDate, endDate, opensAt, closesAt, reason]) => ({
    startDate: dbDate(startDate),
    endDate: dbDate(endDate),
    kind,
    opensAt,
    closesAt,
    reason,
  }));
}

/** Parses each distinct json text of rules or exceptions once per search. */
export class HoursTexts {
  private readonly rules = new Map<string, ScheduleRule[]>();
  private readonly exceptions = new Map<string, HoursException[]>();

  rulesOf(text: string | null): ScheduleRule[] {
    return memo(this.rules, text, (json) => toRules(JSON.parse(json) as RuleTuple[]));
  }

  exceptionsOf(text: string | null): HoursException[] {
    return memo(this.exceptions, text, (json) => toExceptions(JSON.parse(json) as ExceptionTuple[]));
  }
}

function memo<T>(cache: Map<string, T[]>, text: string | null, parse: (json: string) => T[]): T[] {
  if (text === null) return [];
  let value = cache.get(text);
  if (!value) {
    value = parse(text);
    cache.set(text, value);
  }
  return value;
}

