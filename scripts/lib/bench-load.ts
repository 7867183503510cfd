// One load run with autocannon: a fixed number of connections for a fixed time, cycling
// through the given paths, with every response time recorded for exact percentiles and the
// machine's load average taken before and after (the machine is shared: a figure without the
// load it was measured under cannot be compared with another).
import os from "node:os";
import autocannon from "autocannon";
import { summarizeLatencies, type LatencySummary } from "./bench-stats";

export type LoadResult = {
  target: string;
  requestsPerSecond: number;
  latency: LatencySummary;
  /** autocannon's own p97.5, as a cross-check of the recorded latencies. */
  autocannonP97_5: number;
  non2xx: number;
  /** Answers per HTTP status, e.g. { "200": 950, "503": 12 }. */
  statusCodes: Record<string, number>;
  errors: number;
  /** Requests that had no answer within the timeout (also counted in errors). */
  timeouts: number;
  bytesPerRequest: number;
  /** One-minute load average when the run began and when it ended. */
  loadBefore: number;
  loadAfter: number;
  /**
   * "duration": for the given seconds. "amount": a fixed number of requests, all waited for,
   * used when too few answers came back within the duration (see runLoad).
   */
  mode: "duration" | "amount";
};

export type LoadOptions = {
  connections: number;
  durationS: number;
  /** Seconds without an answer before autocannon counts a timeout (its default is 10). */
  timeoutS?: number;
  /**
   * Give every request its own X-Forwarded-For address. The app counts requests per client
   * address (the public API allows 120 a minute); started with TRUST_PROXY=1 it takes the
   * address from this header, so the run measures the search, not the 429 of the rate limit.
   * The per-request counting statement still runs, as it does for real visitors.
   */
  distinctClients?: boolean;
  /**
   * When a run ends, autocannon drops the requests still waiting: on a server that needs longer
   * than the run to answer 50 queued requests, it would report 0 req/s. With fewer answers than
   * this, the run is repeated as a fixed number of requests (twice the connections), all waited
   * for, and the throughput is answers / time taken. 0 turns this off.
   */
  minAnswers?: number;
};

let clientCounter = 0;

/** 10.x.y.z, a new one each call: private addresses, never a real visitor's. */
export function nextClientAddress(): string {
  clientCounter = (clientCounter + 1) % 16_777_216;
  return `10.${(clientCounter >> 16) & 255}.${(clientCounter >> 8) & 255}.${clientCounter & 255}`;
}

export const load1 = (): number => os.loadavg()[0];

export async function runLoad(target: string, baseUrl: string, paths: readonly string[], options: LoadOptions): Promise<LoadResult> {
  const result = await runOnce(target, baseUrl, paths, options, undefined);
  const minAnswers = options.minAnswers ?? options.connections;
  if (minAnswers === 0 || result.latency.count >= minAnswers) return result;
  return runOnce(target, baseUrl, paths, options, options.connections * 2);
}

async function runOnce(target: string, baseUrl: string, paths: readonly string[], options: LoadOptions, amount: number | undefined): Promise<LoadResult> {
  const latencies: number[] = [];
  const loadBefore = load1();
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections: options.connections,
        ...(amount ? { amount } : { duration: options.durationS }),
        timeout: options.timeoutS ?? 10,
        // Each connection works through the paths in turn, so the mix is the same for both servers.
        requests: paths.map((path) => ({
          method: "GET" as const,
          path,
          ...(options.distinctClients
            ? {
                setupRequest: (request: autocannon.Request) => ({
                  ...request,
                  headers: { ...(request.headers ?? {}), "x-forwarded-for": nextClientAddress() },
                }),
              }
            : {}),
        })),
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    target,
    requestsPerSecond: amount ? latencies.length / seconds : result.requests.average,
    latency: summarizeLatencies(latencies),
    autocannonP97_5: result.latency.p97_5,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, stats?.count ?? 0])),
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerRequest: result["2xx"] > 0 ? Math.round(result.throughput.total / result["2xx"]) : 0,
    loadBefore,
    loadAfter: load1(),
    mode: amount ? "amount" : "duration",
  };
}

/** Times `n` requests one after another (after one unmeasured request): no queueing. */
export async function runSequential(url: string, n: number, headers: () => Record<string, string> = () => ({})) {
  const loadBefore = load1();
  await fetch(url, { headers: headers() }).then((r) => r.arrayBuffer());
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await fetch(url, { headers: headers() }).then((r) => r.arrayBuffer());
    times.push(performance.now() - started);
  }
  return { latency: summarizeLatencies(times), loadBefore, loadAfter: load1() };
}
