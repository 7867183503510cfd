// The number each wijk gets on the map for the chosen phase or weekday. The same numbers as
// the tables: local services for a phase (city-wide help is not a wijk's own), and walk-in
// services open every such weekday, with the "sometimes" ones as an addition.
import type { MapChoice } from "./choice";
import type { PhaseCoverage, WalkInCoverage } from "./coverage";

export type MapValue = { count: number; sometimes: number };

export function mapValues(choice: MapChoice, phases: readonly PhaseCoverage[], walkIn: readonly WalkInCoverage[]): Map<string, MapValue> {
  if (choice.kind === "phase") {
    return new Map(phases.map((row) => [row.wijk.code, { count: row.cells[choice.phase].local, sometimes: 0 }]));
  }
  return new Map(walkIn.map((row) => [row.wijk.code, { count: row.cells[choice.day].weekly, sometimes: row.cells[choice.day].sometimes }]));
}
