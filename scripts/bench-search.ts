// npm run bench:search [-- --services 10000|100000 --cache on|off --duration 10 --connections 50
//                         --sequential 20 --timeout 60 --reuse-db --only none,geojson --json out.json]
// --services 0: the Utrecht seed alone, on the embedded database as `npm start` runs it.
// The search API on a synthetic data set (the Utrecht seed plus --services services, one
// organisation per five), every query shape of issue 10, each measured two ways: one request at
// a time (p50/p95) and 50 connections at once (req/s, p50/p95, timeouts), and each against a
// static file of the same bytes served by the same Next.js server. Every figure is printed with
// the one-minute load average it was measured under; the server's memory (RSS of the next-server
// process tree) idle and at its peak under load.
// Database: "<name>_synthetic" on the server when DATABASE_URL is set (figures worth recording),
// embedded otherwise (then it runs inside this process, beside the load generator).
// Builds the app only when the build is missing. See docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { createPrismaClient } from "../lib/db";
import { env } from "../lib/env";
import { UserError } from "../lib/errors";
import { importBoundariesFromDir } from "./lib/boundaries";
import { publicBaseline } from "./lib/bench-baseline";
import { load1, nextClientAddress, runLoad, runSequential, type LoadResult } from "./lib/bench-load";
import { freePort, stopProcess, type Started } from "./lib/bench-processes";
import { formatMb, sampleRss, treeRss } from "./lib/bench-rss";
import { drain, ensureBuild, ensureDatabaseExists, startNext, withLoad } from "./lib/bench-server";
import { formatMs, type LatencySummary } from "./lib/bench-stats";
import { migrateDeploy } from "./lib/migrate";
import { runMain } from "./lib/run-main";
import { createSyntheticDatabase } from "./lib/synthetic-database";

/** Preferred port; the next free one is taken when it is in use (others use the 33xx range too). */
const APP_PORT = 3301;

/** The rows of issue 10's table, plus the map's points endpoint (skipped where it does not exist). */
const QUERIES = [
  { key: "none", path: "/api/v1/services" },
  { key: "q-schuldhulp", path: "/api/v1/services?q=schuldhulp" },
  { key: "q-typo", path: "/api/v1/services?q=voedselbnak" },
  // Issue 11: a resident's word (synonym), a typo in one of two words, a language name.
  { key: "q-resident-word", path: "/api/v1/services?q=bewindvoering" },
  { key: "q-words-typo", path: "/api/v1/services?q=shuldhulp%20maatje" },
  { key: "q-language", path: "/api/v1/services?q=arabisch" },
  { key: "wijk-open", path: "/api/v1/services?wijk=overvecht&open=now" },
  { key: "category-lang-free", path: "/api/v1/services?category=voedsel&lang=ar&free=true" },
  { key: "near", path: "/api/v1/services?near=52.09,5.12" },
  { key: "geojson", path: "/api/v1/services?format=geojson&per_page=100" },
  { key: "map-points", path: "/api/v1/map-points" },
] as const;
/** A cheap search, asked between runs to see whether the server has worked off its backlog. */
const PROBE = "/api/v1/services?category=voedsel&lang=ar&free=true&per_page=1";

const optionsSchema = z.object({
  /** 0: the Utrecht seed alone on the embedded database, started as `npm start` starts it. */
  services: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
  organisations: z.coerce.number().int().min(1).max(1_000_000).optional(),
  cache: z.enum(["on", "off"]).default("off"),
  /** 0: no load runs (at 100,000 services one request at a time is what issue 10 asks for). */
  duration: z.coerce.number().int().min(0).max(600).default(10),
  connections: z.coerce.number().int().min(1).max(1000).default(50),
  sequential: z.coerce.number().int().min(0).max(10_000).default(20),
  /** A slow answer is a measurement: at 50 connections a saturated server answers in seconds. */
  timeout: z.coerce.number().int().min(1).max(600).default(60),
  only: z.string().optional(),
  json: z.string().optional(),
  "reuse-db": z.boolean().default(false),
});

type QueryResult = {
  key: string;
  path: string;
  status: number;
  total: number | null;
  bytes: number;
  skipped?: string;
  sequential?: { api: Seq; static: Seq };
  load?: { api: LoadResult; static: LoadResult; rssPeak: number; rssPeakLoad: number };
};
type Seq = { latency: LatencySummary; loadBefore: number; loadAfter: number };

const log = (line: string) => console.log(line);
const distinct = () => ({ "x-forwarded-for": nextClientAddress() });

/** The synthetic database of an earlier run, when it has at least `services` services. */
async function reusableDatabase(serverUrl: string, services: number): Promise<string | null> {
  const url = new URL(serverUrl);
  url.pathname = `/${url.pathname.slice(1) || "postgres"}_synthetic`;
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
    const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Service"`);
    return Number(result.rows[0].n) >= services ? url.toString() : null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => {});
  }
}

async function sql(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** "0.76×" down to a tenth, "1/63" below: how the issue states ratios to static. */
const ratio = (api: number, baseline: number): string =>
  api > 0 && baseline > 0 ? (api / baseline >= 0.1 ? `${(api / baseline).toFixed(2)}×` : `1/${Math.round(baseline / api)}`) : "–";
const ms = (value: number, load: number) => `${formatMs(value)} ms ${withLoad(load)}`;

runMain(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: {
      services: { type: "string" },
      organisations: { type: "string" },
      cache: { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      sequential: { type: "string" },
      timeout: { type: "string" },
      only: { type: "string" },
      json: { type: "string" },
      "reuse-db": { type: "boolean" },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new UserError(`Ongeldige waarde: ${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const options = parsed.data;
  const organisations = options.organisations ?? Math.max(1, Math.round(options.services / 5));
  const only = options.only?.split(",").map((key) => key.trim());
  const queries = QUERIES.filter((query) => !only || only.includes(query.key));
  if (!queries.length) throw new UserError(`--only kent: ${QUERIES.map((q) => q.key).join(", ")}`);
  const root = path.resolve(import.meta.dirname, "..");

  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch((error: unknown) => console.error(error));
  };
  // Ctrl-C must not leave servers, files in public/ or the embedded database behind.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }

  try {
    ensureBuild(root, "api/v1/services", log);
    const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
    log(`Commit ${commit || "?"}; ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version} ${withLoad()}`);
    const serverUrl = env().DATABASE_URL;
    if (options.services > 0) {
      log(`Database: ${serverUrl ? "PostgreSQL-server" : "ingebouwd (PGlite, in dit proces)"}; ${options.services} diensten, ${organisations} organisaties; antwoordcache ${options.cache}`);
    }

    let databaseUrl: string | null = null;
    let embeddedDir: string | undefined;
    if (options.services === 0) {
      const dir = mkdtempSync(path.join(os.tmpdir(), "bench-search-db-"));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      embeddedDir = path.join(dir, "pglite");
      log(`Database: Utrechtse seed, ingebouwd (scripts/run-with-db.ts, zoals npm start; in een eigen proces); antwoordcache ${options.cache}`);
    } else if (serverUrl) {
      await ensureDatabaseExists(serverUrl);
      if (options["reuse-db"]) databaseUrl = await reusableDatabase(serverUrl, options.services);
    }
    if (embeddedDir) {
      // run-with-db makes and seeds the database at the first start below.
    } else if (databaseUrl) {
      log(`Bestaande synthetische database hergebruikt: ${databaseUrl} (migraties bijgewerkt)`);
      await migrateDeploy(databaseUrl);
    } else {
      const seedStarted = Date.now();
      const synthetic = await createSyntheticDatabase({ organisations, services: options.services }, log);
      cleanups.push(() => synthetic.stop());
      databaseUrl = synthetic.url;
      const db = createPrismaClient(databaseUrl);
      try {
        await importBoundariesFromDir(db, path.resolve(root, env().BOUNDARIES_DIR), log);
      } finally {
        await db.$disconnect();
      }
      log(`Synthetische database klaar in ${Math.round((Date.now() - seedStarted) / 1000)} s ${withLoad()}`);
    }
    // Fresh bulk data has no planner statistics yet; a real database has had autovacuum analyse it.
    if (databaseUrl) await sql(databaseUrl, "ANALYZE");
    const dbUrl = databaseUrl ?? undefined;

    const port = await freePort(APP_PORT);
    const appEnv: Record<string, string> = {
      ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
      // Every request of the load generator carries its own X-Forwarded-For (bench-load.ts), so
      // the public API's limit of 120 a minute per address measures no 429s.
      TRUST_PROXY: "1",
      ...(options.cache === "off" ? { SEARCH_CACHE: "0" } : {}),
    };
    if (options.cache === "on") delete process.env.SEARCH_CACHE;
    let app: Started | undefined;
    const stopApp = async () => {
      if (app) await stopProcess(app);
      app = undefined;
    };
    cleanups.push(stopApp);

    // First start: save each answer, to be served as a static file of the same bytes.
    let started = await startNext(root, port, appEnv, "/api/v1/services?per_page=1", embeddedDir);
    app = started.server;
    const baseline = publicBaseline(root);
    cleanups.push(async () => baseline.remove());
    const results: QueryResult[] = [];
    for (const [index, query] of queries.entries()) {
      const response = await fetch(`${started.url}${query.path}`, { headers: distinct() });
      const body = Buffer.from(await response.arrayBuffer());
      const result: QueryResult = { key: query.key, path: query.path, status: response.status, total: null, bytes: body.length };
      if (response.status === 404 && query.key === "map-points") {
        result.skipped = "404: /api/v1/map-points bestaat in deze versie niet";
      } else if (!response.ok) {
        throw new UserError(`${query.path} gaf ${response.status}: ${body.toString().slice(0, 300)}`);
      } else {
        try {
          const json = JSON.parse(body.toString()) as { total?: number; features?: unknown[] };
          result.total = json.total ?? json.features?.length ?? null;
        } catch {
          // Not JSON: no total to show.
        }
        baseline.write(`${index}.json`, body);
      }
      results.push(result);
      log(`  ${query.path}: ${response.status}, ${result.total ?? "?"} resultaten, ${body.length} bytes${result.skipped ? ` (overgeslagen: ${result.skipped})` : ""}`);
    }
    await stopApp();

    // Second start, now with the files in public/; the memory it holds before any load is "idle".
    started = await startNext(root, port, appEnv, "/api/v1/services?per_page=1", embeddedDir);
    app = started.server;
    const appPid = app.child.pid as number;
    const appUrl = started.url;
    const rssStart = treeRss(appPid);
    const measured = results.filter((result) => !result.skipped);
    for (const result of measured) await fetch(`${appUrl}${result.path}`, { headers: distinct() }).then((r) => r.arrayBuffer());
    const rssIdle = treeRss(appPid);
    const rssIdleLoad = load1();
    log(`Geheugen (RSS next-server en kinderen): na start ${formatMb(rssStart)}, na één verzoek per zoekvraag ${formatMb(rssIdle)} ${withLoad(rssIdleLoad)}`);
    const probe = () => fetch(`${appUrl}${PROBE}`, { headers: distinct() }).then((r) => r.arrayBuffer());

    if (options.sequential > 0) {
      log(`Eén verzoek tegelijk (${options.sequential} keer na één keer opwarmen; antwoordcache ${options.cache}):`);
      for (const result of measured) {
        const staticPath = baseline.path(`${results.indexOf(result)}.json`);
        const api = await runSequential(`${appUrl}${result.path}`, options.sequential, distinct);
        const file = await runSequential(`${appUrl}${staticPath}`, options.sequential, distinct);
        result.sequential = { api, static: file };
        log(
          `  ${result.key.padEnd(20)} p50 ${ms(api.latency.p50, api.loadAfter)}  p95 ${ms(api.latency.p95, api.loadAfter)}` +
            `   statisch p50 ${ms(file.latency.p50, file.loadAfter)}  p95 ${ms(file.latency.p95, file.loadAfter)}`,
        );
      }
    }

    if (options.duration > 0) log(`Onder belasting: ${options.connections} verbindingen, ${options.duration} s per zoekvraag en per statisch bestand (time-out ${options.timeout} s):`);
    let rssPeak = rssIdle;
    for (const result of options.duration > 0 ? measured : []) {
      const staticPath = baseline.path(`${results.indexOf(result)}.json`);
      const sampler = sampleRss(appPid);
      const loadOptions = { connections: options.connections, durationS: options.duration, timeoutS: options.timeout, distinctClients: true };
      const api = await runLoad(result.key, appUrl, [result.path], loadOptions);
      const peak = sampler.stop();
      const peakLoad = load1();
      rssPeak = Math.max(rssPeak, peak);
      await drain(probe, serverUrl ? dbUrl : undefined);
      const file = await runLoad(`${result.key} (statisch)`, appUrl, [staticPath], loadOptions);
      await drain(probe, serverUrl ? dbUrl : undefined);
      result.load = { api, static: file, rssPeak: peak, rssPeakLoad: peakLoad };
      if (api.mode === "amount") log(`  ${result.key}: te weinig antwoorden in ${options.duration} s; opnieuw gemeten als ${options.connections * 2} verzoeken, alle afgewacht`);
      log(
        `  ${result.key.padEnd(20)} ${api.requestsPerSecond.toFixed(1)} req/s ${withLoad(api.loadAfter)} vs statisch ${file.requestsPerSecond.toFixed(0)} req/s ${withLoad(file.loadAfter)} = ${ratio(api.requestsPerSecond, file.requestsPerSecond)};` +
          ` p50 ${ms(api.latency.p50, api.loadAfter)} p95 ${ms(api.latency.p95, api.loadAfter)}; ${api.latency.count} antwoorden, ${api.timeouts} time-outs, ${api.non2xx} niet-2xx${api.non2xx ? ` (${Object.entries(api.statusCodes).map(([code, n]) => `${n}× ${code}`).join(", ")})` : ""}, ${api.errors} fouten;` +
          ` RSS piek ${formatMb(peak)} ${withLoad(peakLoad)}; statisch ${file.non2xx + file.errors} niet-2xx/fouten, ${file.bytesPerRequest} bytes per antwoord`,
      );
    }

    log("");
    log(`Samenvatting (${options.services} diensten, antwoordcache ${options.cache}, commit ${commit}); [load x] = load average (1 min) bij dat getal:`);
    log("| zoekvraag | resultaten | bytes | 1 tegelijk p50 | 1 tegelijk p95 | 50 verb. req/s | vs statisch | p50 | p95 | time-outs | statisch req/s |");
    log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const result of results) {
      if (result.skipped) {
        log(`| \`${result.path}\` | ${result.skipped} | | | | | | | | | |`);
        continue;
      }
      const seq = result.sequential?.api;
      const load = result.load;
      log(
        `| \`${result.path}\` | ${result.total ?? "?"} | ${result.bytes} | ${seq ? ms(seq.latency.p50, seq.loadAfter) : "–"} | ${seq ? ms(seq.latency.p95, seq.loadAfter) : "–"} |` +
          (load
            ? ` ${load.api.requestsPerSecond.toFixed(1)} ${withLoad(load.api.loadAfter)} | ${ratio(load.api.requestsPerSecond, load.static.requestsPerSecond)} | ${ms(load.api.latency.p50, load.api.loadAfter)} | ${ms(load.api.latency.p95, load.api.loadAfter)} | ${load.api.timeouts} | ${load.static.requestsPerSecond.toFixed(0)} ${withLoad(load.static.loadAfter)} |`
            : " – | – | – | – | – | – |"),
      );
    }
    if (options.duration > 0) log(`Geheugen next-server: rust ${formatMb(rssIdle)} ${withLoad(rssIdleLoad)}, piek onder ${options.connections} verbindingen ${formatMb(rssPeak)} (${(rssPeak / rssIdle).toFixed(1)}× rust) ${withLoad()}`);
    if (options.json) {
      writeFileSync(
        options.json,
        JSON.stringify({ commit, date: new Date().toISOString(), options: { ...options, organisations }, machine: { cores: os.cpus().length, node: process.version }, rss: { start: rssStart, idle: rssIdle, idleLoad: rssIdleLoad, peak: rssPeak }, results }, null, 2),
      );
      log(`Uitkomsten in ${options.json}`);
    }
  } finally {
    await cleanUp();
  }
});
