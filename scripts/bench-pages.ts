// npm run bench:pages [-- --services 0|10000 --duration 20 --connections 50 --timeout 10
//                        --lighthouse on|off --only home-nl,organisation --json out.json]
// The public pages residents open: home (Dutch `/`, English `/en`), an organisation page, a wijk
// page and `/verwijzen`. Per page: HTML bytes, first-load JavaScript gzipped (the <script src>
// chunks the HTML references), throughput, p50 and timeouts at 50 connections against a static
// file of the same bytes served by the same Next.js server, and Lighthouse 12 mobile performance
// with Total Blocking Time when Chromium can run here. Every figure comes with the load average.
// Database: --services 0 (default) is the Utrecht seed on the embedded database, started the way
// `npm start` starts it (scripts/run-with-db.ts); --services N adds the synthetic data set
// ("<name>_synthetic" on the server when DATABASE_URL is set, as bench:search). See docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { z } from "zod";
import { createPrismaClient } from "../lib/db";
import { env } from "../lib/env";
import { UserError } from "../lib/errors";
import { importBoundariesFromDir } from "./lib/boundaries";
import { publicBaseline } from "./lib/bench-baseline";
import { runLoad, type LoadResult } from "./lib/bench-load";
import { lighthouseScores, type LighthouseScore } from "./lib/bench-lighthouse";
import { freePort, startProcess, stopProcess, waitForHttp, type Started } from "./lib/bench-processes";
import { formatMb, sampleRss, treeRss } from "./lib/bench-rss";
import { drain, ensureBuild, ensureDatabaseExists, withLoad } from "./lib/bench-server";
import { formatMs } from "./lib/bench-stats";
import { scriptsOf } from "./lib/page-scripts";
import { runMain } from "./lib/run-main";
import { createSyntheticDatabase } from "./lib/synthetic-database";

const APP_PORT = 3311;

const optionsSchema = z.object({
  services: z.coerce.number().int().min(0).max(1_000_000).default(0),
  /** 0: no load runs (sizes and Lighthouse only). */
  duration: z.coerce.number().int().min(0).max(600).default(20),
  connections: z.coerce.number().int().min(1).max(1000).default(50),
  timeout: z.coerce.number().int().min(1).max(600).default(10),
  lighthouse: z.enum(["on", "off"]).default("on"),
  only: z.string().optional(),
  json: z.string().optional(),
});

type Page = { key: string; path: string };
type PageResult = Page & {
  status: number;
  htmlBytes: number;
  scripts: number;
  jsGzipBytes: number;
  jsBytes: number;
  load?: { page: LoadResult; static: LoadResult; rssPeak: number };
  lighthouse?: LighthouseScore;
};

const log = (line: string) => console.log(line);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
/** "0.76×" down to a tenth, "1/63" below: how the issue states ratios to static. */
const ratio = (page: number, baseline: number): string =>
  page > 0 && baseline > 0 ? (page / baseline >= 0.1 ? `${(page / baseline).toFixed(2)}×` : `1/${Math.round(baseline / page)}`) : "–";

/** The first-load JavaScript of a page: what scriptsOf finds, fetched and gzipped. */
async function firstLoadJs(baseUrl: string, html: string) {
  let gzipped = 0;
  let raw = 0;
  const sources = scriptsOf(html);
  for (const source of sources) {
    const response = await fetch(new URL(source, baseUrl));
    const body = Buffer.from(await response.arrayBuffer());
    raw += body.length;
    gzipped += gzipSync(body).length;
  }
  return { scripts: sources.length, raw, gzipped };
}

/** The pages to measure; the organisation is the first one the home page links to. */
async function pages(baseUrl: string): Promise<Page[]> {
  const home = await fetch(`${baseUrl}/`).then((r) => r.text());
  const organisation = /href="(\/organisaties\/[^"/?#]+)"/.exec(home)?.[1];
  const list: Page[] = [
    { key: "home-nl", path: "/" },
    { key: "home-en", path: "/en" },
    { key: "organisation", path: organisation ?? "/organisaties/onbekend" },
    { key: "wijk", path: "/wijken/overvecht" },
    { key: "verwijzen", path: "/verwijzen" },
  ];
  if (!organisation) log("  Geen link naar een organisatie op de startpagina gevonden: de organisatiepagina wordt niet gemeten.");
  return organisation ? list : list.filter((page) => page.key !== "organisation");
}

runMain(async () => {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: {
      services: { type: "string" },
      duration: { type: "string" },
      connections: { type: "string" },
      timeout: { type: "string" },
      lighthouse: { type: "string" },
      only: { type: "string" },
      json: { type: "string" },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new UserError(`Ongeldige waarde: ${parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const options = parsed.data;
  const root = path.resolve(import.meta.dirname, "..");
  const only = options.only?.split(",").map((key) => key.trim());

  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const step of cleanups.splice(0).reverse()) await step().catch((error: unknown) => console.error(error));
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }

  try {
    ensureBuild(root, "[locale]/verwijzen", log);
    const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
    log(`Commit ${commit || "?"}; ${os.cpus().length} cores, Node ${process.version} ${withLoad()}`);

    // The database: the Utrecht seed on a fresh embedded database (made by run-with-db, as
    // `npm start` does), or the synthetic data set.
    const serverEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
    let databaseUrl: string | undefined;
    if (options.services > 0) {
      if (env().DATABASE_URL) await ensureDatabaseExists(env().DATABASE_URL as string);
      const synthetic = await createSyntheticDatabase({ organisations: Math.max(1, Math.round(options.services / 5)), services: options.services }, log);
      cleanups.push(() => synthetic.stop());
      const db = createPrismaClient(synthetic.url);
      try {
        await importBoundariesFromDir(db, path.resolve(root, env().BOUNDARIES_DIR), log);
      } finally {
        await db.$disconnect();
      }
      const client = new pg.Client({ connectionString: synthetic.url });
      await client.connect();
      await client.query("ANALYZE");
      await client.end();
      databaseUrl = synthetic.url;
      serverEnv.DATABASE_URL = databaseUrl;
      log(`Database: synthetisch, ${options.services} diensten`);
    } else {
      const dir = mkdtempSync(path.join(os.tmpdir(), "bench-pages-db-"));
      cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
      delete serverEnv.DATABASE_URL;
      serverEnv.EMBEDDED_DB_DIR = path.join(dir, "pglite");
      log("Database: Utrechtse seed, ingebouwd (scripts/run-with-db.ts, zoals npm start)");
    }

    const port = await freePort(APP_PORT);
    const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
    let server: Started | undefined;
    const stopServer = async () => {
      if (server) await stopProcess(server, 15_000);
      server = undefined;
    };
    cleanups.push(stopServer);
    const baseUrl = `http://127.0.0.1:${port}`;
    const start = async () => {
      server = startProcess("npm start (run-with-db + next start)", process.execPath, ["--import", "tsx", path.join(root, "scripts", "run-with-db.ts"), "--", process.execPath, nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], serverEnv);
      await waitForHttp(`${baseUrl}/verwijzen`, server, 300_000);
    };

    await start();
    const list = (await pages(baseUrl)).filter((page) => !only || only.includes(page.key));
    const baseline = publicBaseline(root);
    cleanups.push(async () => baseline.remove());
    const results: PageResult[] = [];
    for (const [index, page] of list.entries()) {
      const response = await fetch(`${baseUrl}${page.path}`, { redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200) throw new UserError(`${page.path} gaf ${response.status}`);
      const js = await firstLoadJs(baseUrl, html);
      baseline.write(`${index}.html`, Buffer.from(html));
      results.push({ ...page, status: response.status, htmlBytes: Buffer.byteLength(html), scripts: js.scripts, jsBytes: js.raw, jsGzipBytes: js.gzipped });
      log(`  ${page.path}: HTML ${kb(Buffer.byteLength(html))} ${withLoad()}, eerste JavaScript ${js.scripts} scripts, ${kb(js.gzipped)} gzip (${kb(js.raw)} onverpakt) ${withLoad()}`);
    }
    // The static copies must exist when next start lists public/.
    await stopServer();
    await start();
    const pid = (server as Started | undefined)?.child.pid as number;
    for (const page of results) await fetch(`${baseUrl}${page.path}`).then((r) => r.arrayBuffer());
    const rssIdle = treeRss(pid);
    log(`Geheugen (RSS van run-with-db, next-server${options.services > 0 ? "" : " en de ingebouwde database"}): rust ${formatMb(rssIdle)} ${withLoad()}`);

    if (options.duration > 0) log(`Onder belasting: ${options.connections} verbindingen, ${options.duration} s per pagina en per statische kopie (time-out ${options.timeout} s):`);
    const probe = () => fetch(`${baseUrl}/verwijzen`).then((r) => r.arrayBuffer());
    for (const [index, page] of options.duration > 0 ? results.entries() : []) {
      // As in issue 10: a fixed time, requests without an answer in the timeout counted as time-outs.
      const loadOptions = { connections: options.connections, durationS: options.duration, timeoutS: options.timeout, minAnswers: 0 };
      const sampler = sampleRss(pid);
      const measured = await runLoad(page.key, baseUrl, [page.path], loadOptions);
      const rssPeak = sampler.stop();
      await drain(probe, databaseUrl);
      const file = await runLoad(`${page.key} (statisch)`, baseUrl, [baseline.path(`${index}.html`)], loadOptions);
      await drain(probe, databaseUrl);
      page.load = { page: measured, static: file, rssPeak };
      if (measured.mode === "amount") log(`  ${page.path}: te weinig antwoorden in ${options.duration} s; opnieuw gemeten als ${options.connections * 2} verzoeken, alle afgewacht`);
      log(
        `  ${page.path.padEnd(28)} ${measured.requestsPerSecond.toFixed(1)} req/s ${withLoad(measured.loadAfter)} vs statisch ${file.requestsPerSecond.toFixed(0)} req/s ${withLoad(file.loadAfter)} = ${ratio(measured.requestsPerSecond, file.requestsPerSecond)};` +
          ` p50 ${formatMs(measured.latency.p50)} ms ${withLoad(measured.loadAfter)}; ${measured.timeouts} time-outs, ${measured.non2xx} niet-2xx; RSS piek ${formatMb(rssPeak)}`,
      );
    }

    if (options.lighthouse === "on") {
      log("Lighthouse 12, mobiel, alleen prestaties (Chromium headless, --no-sandbox):");
      const scores = await lighthouseScores(results.map((page) => `${baseUrl}${page.path}`));
      for (const page of results) {
        page.lighthouse = scores.get(`${baseUrl}${page.path}`);
        const score = page.lighthouse;
        log(`  ${page.path.padEnd(28)} ${!score ? "–" : "error" in score ? `niet gemeten: ${score.error}` : `${score.score}, TBT ${Math.round(score.tbtMs)} ms, LCP ${Math.round(score.lcpMs)} ms`} ${withLoad(score?.load)}`);
      }
    }

    log("");
    log(`Samenvatting (${options.services ? `${options.services} synthetische diensten` : "Utrechtse seed"}, commit ${commit}); [load x] = load average (1 min) bij dat getal:`);
    log("| pagina | HTML | eerste JS gzip | 50 verb. req/s | vs statisch | p50 | time-outs | statisch req/s | Lighthouse mobiel | TBT |");
    log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const page of results) {
      const load = page.load;
      const score = page.lighthouse;
      const lh = !score ? "– | –" : "error" in score ? "niet gemeten | –" : `${score.score} ${withLoad(score.load)} | ${Math.round(score.tbtMs)} ms ${withLoad(score.load)}`;
      log(
        `| \`${page.path}\` | ${kb(page.htmlBytes)} | ${kb(page.jsGzipBytes)} | ` +
          (load
            ? `${load.page.requestsPerSecond.toFixed(1)} ${withLoad(load.page.loadAfter)} | ${ratio(load.page.requestsPerSecond, load.static.requestsPerSecond)} | ${formatMs(load.page.latency.p50)} ms ${withLoad(load.page.loadAfter)} | ${load.page.timeouts} | ${load.static.requestsPerSecond.toFixed(0)} ${withLoad(load.static.loadAfter)}`
            : "– | – | – | – | –") +
          ` | ${lh} |`,
      );
    }
    if (options.json) {
      writeFileSync(options.json, JSON.stringify({ commit, date: new Date().toISOString(), options, rssIdle, results }, null, 2));
      log(`Uitkomsten in ${options.json}`);
    }
  } finally {
    await cleanUp();
  }
});
