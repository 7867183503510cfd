// Shapes the counted rows of lib/gaps/queries.ts into one row per wijk with a cell for every
// phase or weekday. The queries only return what they found; a missing combination is a gap
// and must show as 0 ("geen"), never as a hole in the table.
import type { DebtPhase } from "../generated/prisma/enums";
import type { Weekday } from "../hours/types";
import { PHASES, WEEKDAYS } from "./choice";

export type WijkRef = { code: string; name: string; slug: string };

/** Local: held in the wijk or serving it by service area. City-wide: no service area at all and not held in the wijk. */
export type PhaseCell = { local: number; cityWide: number };
export type PhaseCountRow = { wijkCode: string; phase: DebtPhase } & PhaseCell;
export type PhaseCoverage = { wijk: WijkRef; cells: Record<DebtPhase, PhaseCell> };

/** Weekly: open every such weekday. Sometimes: only monthly rules that weekday ("first Saturday"). */
export type WalkInCell = { weekly: number; sometimes: number };
export type WalkInCountRow = { wijkCode: string; day: Weekday } & WalkInCell;
export type WalkInCoverage = { wijk: WijkRef; cells: Record<Weekday, WalkInCell> };

function fill<K extends string, V>(keys: readonly K[], make: () => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, make()])) as Record<K, V>;
}

/** One row per wijk (in the order given), with every phase; rows for unknown wijken are ignored. */
export function phaseCoverage(wijken: readonly WijkRef[], rows: readonly PhaseCountRow[]): PhaseCoverage[] {
  const byWijk = new Map(wijken.map((wijk) => [wijk.code, { wijk, cells: fill(PHASES, () => ({ local: 0, cityWide: 0 })) }]));
  for (const row of rows) {
    const cell = byWijk.get(row.wijkCode)?.cells[row.phase];
    if (!cell) continue;
    cell.local += row.local;
    cell.cityWide += row.cityWide;
  }
  return [...byWijk.values()];
}

/** One row per wijk (in the order given), with every weekday. */
export function walkInCoverage(wijken: readonly WijkRef[], rows: readonly WalkInCountRow[]): WalkInCoverage[] {
  const byWijk = new Map(wijken.map((wijk) => [wijk.code, { wijk, cells: fill(WEEKDAYS, () => ({ weekly: 0, sometimes: 0 })) }]));
  for (const row of rows) {
    const cell = byWijk.get(row.wijkCode)?.cells[row.day];
    if (!cell) continue;
    cell.weekly += row.weekly;
    cell.sometimes += row.sometimes;
  }
  return [...byWijk.values()];
}

/** Per weekday: the wijken without any walk-in that day, and those where it is only sometimes open. */
export type DaySummary = { day: Weekday; without: string[]; onlySometimes: string[]; wijken: number };

export function weekdaySummaries(coverage: readonly WalkInCoverage[]): DaySummary[] {
  return WEEKDAYS.map((day) => ({
    day,
    without: coverage.filter((row) => row.cells[day].weekly === 0 && row.cells[day].sometimes === 0).map((row) => row.wijk.name),
    onlySometimes: coverage.filter((row) => row.cells[day].weekly === 0 && row.cells[day].sometimes > 0).map((row) => row.wijk.name),
    wijken: coverage.length,
  }));
}

/** "Zuid, Oost en West" / "Zuid, Oost, and West": the locale's own way of listing names. */
export function joinNames(names: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(names);
}

/** Per phase: the wijken without any local service in that phase (city-wide help aside). */
export type PhaseSummary = { phase: DebtPhase; without: string[]; wijken: number };

export function phaseSummaries(coverage: readonly PhaseCoverage[]): PhaseSummary[] {
  return PHASES.map((phase) => ({
    phase,
    without: coverage.filter((row) => row.cells[phase].local === 0).map((row) => row.wijk.name),
    wijken: coverage.length,
  }));
}
