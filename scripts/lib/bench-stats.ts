// Latency statistics for the search benchmark. autocannon reports p50, p97.5 and p99 but no
// p95, so the benchmark records every response time itself and summarises them here.

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; max: number };

/** Nearest-rank percentile (p in 0..100) of ascending values; NaN for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarizeLatencies(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** "12.3" for a millisecond figure, "–" when there is none. */
export function formatMs(value: number): string {
  return Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : "–";
}
