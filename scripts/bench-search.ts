// npm run bench:search [-- --duration 15 --connections 50 --per-query 10 --per-query-connections 10 --warmup 5]
// Load test of the search API on 2,000 organisations and 10,000 services, against a bare Node
// server handing out a response of the same size: the difference is what searching costs.
// Uses the synthetic database (scripts/lib/synthetic-database.ts): embedded by default, a
// database "<name>_synthetic" on the server when DATABASE_URL is set (use that for figures
// worth recording: the embedded database shares this process with the load generator).
// Builds the app only when .next/BUILD_ID is missing. See docs/benchmarks.md.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { z } from "zod";
import { createPrismaClient } from "../lib/db";
import { env } from "../lib/env";
import { UserError } from "../lib/errors";
import { importBoundariesFromDir } from "./lib/boundaries";
import { runLoad, type LoadResult } from "./lib/bench-load";
import { freePort, startProcess, stopProcess, waitForHttp, type Started } from "./lib/bench-processes";
import { formatMs, summarizeLatencies } from "./lib/bench-stats";
import { runMain } from "./lib/run-main";
import { createSyntheticDatabase } from "./lib/synthetic-database";

/** Preferred ports; the next free ones are taken when these are in use. */
const APP_PORT = 3201;
const STATIC_PORT = 3202;
/** What residents and the map page ask most: free text, a wijk open now, nearby, food in Arabic. */
const QUERIES = [
  "/api/v1/services?q=schuld",
  "/api/v1/services?wijk=overvecht&open=now",
  "/api/v1/services?near=52.09,5.12&per_page=20",
  "/api/v1/services?category=voedsel&lang=ar",
];

const optionsSchema = z.object({
  duration: z.coerce.number().int().min(1).max(600).default(15),
  connections: z.coerce.number().int().min(1).max(1000).default(50),
  "per-query": z.coerce.number().int().min(0).max(600).default(10),
  /** Fewer connections per single query: at 50, a slow query's answers take longer than the run. */
  "per-query-connections": z.coerce.number().int().min(1).max(1000).default(10),
  warmup: z.coerce.number().int().min(0).max(60).default(5),
});

const log = (line: string) => console.log(line);

function ensureBuild(root: string): void {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log("Geen build gevonden: npx next build …");
    const built = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (built.status !== 0) throw new UserError("npx next build is mislukt.");
  }
  // An older build without the API would only measure 404s.
  if (!existsSync(path.join(root, ".next", "server", "app", "api", "v1", "services", "route.js"))) {
    throw new UserError("De build in .next bevat /api/v1/services nog niet. Bouw eerst opnieuw: npx next build");
  }
}

/** Fresh bulk data has no planner statistics yet; a real database has had autovacuum analyse it. */
async function analyze(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

/**
 * autocannon closes its connections when time is up, but the server still works through the
 * requests it accepted; the next run must not start behind that backlog.
 */
async function drain(appUrl: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${appUrl}/api/v1/services?category=voedsel&lang=ar&per_page=1`).then((r) => r.arrayBuffer());
    if (performance.now() - started < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Median time of `n` requests one after another: what one search costs without queueing. */
async function sequentialMedian(url: string, n = 10): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await fetch(url).then((r) => r.arrayBuffer());
    times.push(performance.now() - started);
  }
  return summarizeLatencies(times).p50;
}

function row(result: LoadResult): string {
  const l = result.latency;
  return [
    result.target.padEnd(34),
    result.requestsPerSecond.toFixed(0).padStart(8),
    formatMs(l.p50).padStart(8),
    formatMs(l.p95).padStart(8),
    formatMs(l.p99).padStart(8),
    formatMs(result.autocannonP97_5).padStart(8),
    String(result.latency.count).padStart(7),
    String(result.non2xx + result.errors).padStart(6),
    String(result.bytesPerRequest).padStart(8),
  ].join(" ");
}

const HEADER = `${"".padEnd(34)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"p97.5*".padStart(8)} ${"n".padStart(7)} ${"fout".padStart(6)} ${"bytes".padStart(8)}`;

runMain(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: {
      duration: { type: "string" },
      connections: { type: "string" },
      "per-query": { type: "string" },
      "per-query-connections": { type: "string" },
      warmup: { type: "string" },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new UserError(`Ongeldige waarde: ${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const options = parsed.data;
  const root = path.resolve(import.meta.dirname, "..");

  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch((error: unknown) => console.error(error));
  };
  // Ctrl-C must not leave servers or the embedded database behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }

  try {
    ensureBuild(root);
    log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
    log(`Database: ${env().DATABASE_URL ? "PostgreSQL-server" : "ingebouwd (PGlite, in dit proces)"}`);

    const synthetic = await createSyntheticDatabase({ organisations: 2000, services: 10000 }, log);
    cleanups.push(() => synthetic.stop());
    const db = createPrismaClient(synthetic.url);
    try {
      await importBoundariesFromDir(db, path.resolve(root, env().BOUNDARIES_DIR), log);
    } finally {
      await db.$disconnect();
    }
    await analyze(synthetic.url);

    const appPort = await freePort(APP_PORT);
    const staticPort = await freePort(STATIC_PORT, [appPort]);
    log(`Poorten: API ${appPort}, statische server ${staticPort}`);
    const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
    const app = startProcess("next start", process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(appPort)], {
      ...process.env,
      DATABASE_URL: synthetic.url,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    });
    cleanups.push(() => stopProcess(app));
    const appUrl = `http://127.0.0.1:${appPort}`;
    await waitForHttp(`${appUrl}/api/v1/services?per_page=1`, app);

    // The baseline serves a real answer of the first query, so both send the same bytes.
    const sample = await fetch(`${appUrl}${QUERIES[0]}`);
    if (!sample.ok) throw new UserError(`${QUERIES[0]} gaf ${sample.status}`);
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "typical-response.json");
    writeFileSync(file, Buffer.from(await sample.arrayBuffer()));

    const baseline: Started = startProcess("statische server", process.execPath, ["--import", "tsx", path.join(root, "scripts", "lib", "bench-static-server.ts"), file, String(staticPort)], process.env);
    cleanups.push(() => stopProcess(baseline));
    const staticUrl = `http://127.0.0.1:${staticPort}`;
    await waitForHttp(staticUrl, baseline);

    for (const query of QUERIES) {
      const response = await fetch(`${appUrl}${query}`);
      const body = (await response.json()) as { total?: number };
      log(`  ${query}: ${response.status}, ${body.total ?? "?"} resultaten`);
    }
    log("Eén verzoek tegelijk (mediaan van 10, na één keer opwarmen):");
    for (const query of QUERIES) log(`  ${query}: ${formatMs(await sequentialMedian(`${appUrl}${query}`))} ms`);
    log(`  statisch bestand: ${formatMs(await sequentialMedian(staticUrl))} ms`);

    if (options.warmup > 0) {
      log(`Opwarmen (${options.warmup} s elk) …`);
      await runLoad("warm-up", appUrl, QUERIES, options.connections, options.warmup);
      await drain(appUrl);
      await runLoad("warm-up", staticUrl, QUERIES, options.connections, options.warmup);
    }
    log(`Meten: ${options.connections} verbindingen, ${options.duration} s per server …`);
    const api = await runLoad("API (4 zoekvragen om de beurt)", appUrl, QUERIES, options.connections, options.duration);
    await drain(appUrl);
    const baselineResult = await runLoad("statisch JSON-bestand", staticUrl, QUERIES, options.connections, options.duration);
    const perQuery: LoadResult[] = [];
    for (const query of options["per-query"] > 0 ? QUERIES : []) {
      perQuery.push(await runLoad(query.replace("/api/v1/services", ""), appUrl, [query], options["per-query-connections"], options["per-query"]));
      await drain(appUrl);
    }

    log("");
    log(HEADER);
    for (const result of [api, baselineResult]) log(row(result));
    if (perQuery.length) {
      log(`Per zoekvraag (${options["per-query-connections"]} verbindingen, ${options["per-query"]} s elk):`);
      for (const result of perQuery) log(row(result));
    }
    log("* p97.5 zoals autocannon het meet (alleen 2xx); p50/p95/p99 uit alle gemeten antwoordtijden.");
    log(
      `Verhouding: statisch/API ${(baselineResult.requestsPerSecond / api.requestsPerSecond).toFixed(1)}× zoveel verzoeken per seconde; ` +
        `p50 API/statisch ${(api.latency.p50 / baselineResult.latency.p50).toFixed(1)}×.`,
    );
    if (api.non2xx + api.errors > 0) throw new UserError(`${api.non2xx} antwoorden zonder 2xx en ${api.errors} fouten bij de API.`);
  } finally {
    await cleanUp();
  }
});
