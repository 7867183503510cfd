// Stale listings (published, not checked for half a year) counted per wijk. A listing counts
// in every wijk where it has an address; listings without an address in a wijk are counted
// apart, and the total counts each listing once.
import type { WijkRef } from "./coverage";

/** A row of the grouped query: per wijk, plus one with `wijkCode: null` (no address in a wijk) and one total. */
export type StaleCountRow = { wijkCode: string | null; isTotal: boolean; count: number };

export type StaleByWijk = { rows: { wijk: WijkRef; count: number }[]; withoutWijk: number; total: number };

export function staleByWijk(wijken: readonly WijkRef[], counts: readonly StaleCountRow[]): StaleByWijk {
  const perWijk = new Map<string, number>();
  let withoutWijk = 0;
  let total = 0;
  for (const row of counts) {
    if (row.isTotal) total = row.count;
    else if (row.wijkCode === null) withoutWijk = row.count;
    else perWijk.set(row.wijkCode, row.count);
  }
  return { rows: wijken.map((wijk) => ({ wijk, count: perWijk.get(wijk.code) ?? 0 })), withoutWijk, total };
}
