// One load run with autocannon: a fixed number of connections for a fixed time, cycling
// through the given paths, with every response time recorded for exact percentiles.
import autocannon from "autocannon";
import { summarizeLatencies, type LatencySummary } from "./bench-stats";

export type LoadResult = {
  target: string;
  requestsPerSecond: number;
  latency: LatencySummary;
  /** autocannon's own p97.5, as a cross-check of the recorded latencies. */
  autocannonP97_5: number;
  non2xx: number;
  errors: number;
  bytesPerRequest: number;
};

export async function runLoad(target: string, baseUrl: string, paths: readonly string[], connections: number, durationS: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: durationS,
        // A slow answer is a measurement, not an error: with 50 connections on a saturated
        // server, waiting several seconds is what a visitor would see.
        timeout: 60,
        // Each connection works through the paths in turn, so the mix is the same for both servers.
        requests: paths.map((path) => ({ method: "GET" as const, path })),
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    target,
    requestsPerSecond: result.requests.average,
    latency: summarizeLatencies(latencies),
    autocannonP97_5: result.latency.p97_5,
    non2xx: result.non2xx,
    errors: result.errors,
    bytesPerRequest: result["2xx"] > 0 ? Math.round(result.throughput.total / result["2xx"]) : 0,
  };
}
