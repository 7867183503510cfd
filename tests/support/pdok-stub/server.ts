// A stand-in for the PDOK Locatieserver v3.1 (/suggest, /lookup, /free) answering from the
// hand-written records in ./fixtures, so tests and Playwright never touch the internet.
//
// Fixture file: { "queries": [...], "docs": [full PDOK records] }. A query matches a fixture
// when it equals, extends ("bolognalaan 101 utrecht") or starts ("bolog") one of its queries
// or a record's weergavenaam, compared lowercase without punctuation. /suggest answers with
// the short form of the same records, so the three endpoints can never disagree.
//
// Control endpoints, for Playwright which cannot reach into this process:
//   /__fail?on=1|0   every PDOK endpoint answers 503 (default on=1)
//   /__hang?on=1|0   every PDOK endpoint never answers (client time-outs)
//   /__reset         both off, request log cleared
//   /__requests      the request log as JSON
//   /                200 with the current mode, for Playwright's webServer readiness check
//
// Standalone: npx tsx tests/support/pdok-stub/server.ts --port 4010 [--failing]
import { readFileSync, readdirSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

type Scalar = string | number | boolean;
type PdokDoc = { id: string; type: string; weergavenaam: string } & Record<string, Scalar>;
type Fixture = { file: string; keys: string[]; docs: PdokDoc[] };

export type PdokStubOptions = {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  failing?: boolean;
  fixturesDir?: string;
};

export type PdokStub = {
  url: string;
  /** PDOK requests received, as "/suggest?q=…", oldest first; control requests are left out. */
  requests: string[];
  setFailing(on: boolean): void;
  setHanging(on: boolean): void;
  close(): Promise<void>;
};

export const DEFAULT_FIXTURES_DIR = fileURLToPath(new URL("./fixtures/", import.meta.url));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function isDoc(value: unknown): value is PdokDoc {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    typeof value.type === "string" &&
    typeof value.weergavenaam === "string" &&
    Object.values(value).every((v) => ["string", "number", "boolean"].includes(typeof v))
  );
}

/** Lowercase words; "3584 CJ" and "3584cj" compare equal, as they do at PDOK. */
export function normaliseForMatching(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(\d{4}) ([a-z]{2})\b/g, "$1$2")
    .trim();
}

export function loadFixtures(dir: string = DEFAULT_FIXTURES_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(path.join(dir, file), "utf8"));
      // A broken fixture should fail loudly at start, not as a puzzling empty answer later.
      if (!isRecord(raw) || !Array.isArray(raw.queries) || !Array.isArray(raw.docs) || !raw.docs.every(isDoc)) {
        throw new Error(`PDOK-stub: ${file} is geen fixture ({ queries: string[], docs: PDOK-records[] })`);
      }
      const docs = raw.docs;
      const keys = [...raw.queries.map(String), ...docs.map((doc) => doc.weergavenaam)].map(normaliseForMatching);
      return { file, keys, docs };
    });
}

/** 3 exact, 2 the query extends a key, 1 the query is the start of a key, 0 no match. */
function matchScore(query: string, keys: string[]): number {
  let best = 0;
  for (const key of keys) {
    if (key === query) return 3;
    if (query.startsWith(`${key} `)) best = Math.max(best, 2);
    else if (query.length >= 2 && key.startsWith(query)) best = Math.max(best, 1);
  }
  return best;
}

/** Solr filter queries as the client sends them: field:value or field:(a OR b). */
function passesFilters(doc: PdokDoc, filters: string[]): boolean {
  return filters.every((filter) => {
    const match = /^(\w+):\(?(.*?)\)?$/.exec(filter.trim());
    if (!match) return true;
    const [, field, values] = match;
    const allowed = values.split(/\s+OR\s+/i).map((v) => v.replace(/^"|"$/g, "").toLowerCase());
    const actual = doc[field];
    return actual !== undefined && allowed.includes(String(actual).toLowerCase());
  });
}

function search(fixtures: Fixture[], q: string, filters: string[]): (PdokDoc & { score: number })[] {
  const query = normaliseForMatching(q);
  return fixtures
    .map((fixture) => ({ fixture, score: matchScore(query, fixture.keys) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .flatMap(({ fixture, score }) =>
      fixture.docs.map((doc, i) => ({ ...doc, score: Math.round((score * 5 - i * 0.1) * 1000) / 1000 })),
    )
    .filter((doc) => passesFilters(doc, filters));
}

function project(doc: PdokDoc & { score?: number }, fl: string | null): Record<string, Scalar> {
  const fields = fl?.split(/[\s,]+/).filter(Boolean);
  if (!fields || fields.includes("*")) return doc;
  return Object.fromEntries(fields.flatMap((field) => (doc[field] === undefined ? [] : [[field, doc[field]]])));
}

function solrBody(docs: Record<string, Scalar>[], numFound = docs.length) {
  const scores = docs.map((doc) => doc.score).filter((s): s is number => typeof s === "number");
  return {
    response: {
      numFound,
      start: 0,
      ...(scores.length > 0 ? { maxScore: Math.max(...scores) } : {}),
      numFoundExact: true,
      docs,
    },
  };
}

function highlight(label: string, q: string): string {
  const words = normaliseForMatching(q).split(" ").filter(Boolean);
  return label.replace(/[\p{L}\p{N}]+/gu, (word) =>
    words.some((w) => normaliseForMatching(word).startsWith(w)) ? `<b>${word}</b>` : word,
  );
}

function rowsParam(params: URLSearchParams, fallback: number): number {
  const rows = Number(params.get("rows") ?? fallback);
  return Number.isInteger(rows) && rows >= 0 ? rows : fallback;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json;charset=UTF-8" });
  res.end(JSON.stringify(body));
}

export async function startPdokStub(options: PdokStubOptions = {}): Promise<PdokStub> {
  const fixtures = loadFixtures(options.fixturesDir);
  const requests: string[] = [];
  let failing = options.failing ?? false;
  let hanging = false;

  const answer = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? "/", "http://stub");
    const params = url.searchParams;
    const on = params.get("on") !== "0";

    switch (url.pathname) {
      case "/":
        return sendJson(res, 200, { stub: "pdok-locatieserver", failing, hanging });
      case "/__fail":
        failing = on;
        return sendJson(res, 200, { failing });
      case "/__hang":
        hanging = on;
        return sendJson(res, 200, { hanging });
      case "/__reset":
        failing = hanging = false;
        requests.length = 0;
        return sendJson(res, 200, { failing, hanging });
      case "/__requests":
        return sendJson(res, 200, requests);
    }

    // The last path segment, so a base URL with PDOK's own prefix works too.
    const endpoint = url.pathname.split("/").pop();
    if (endpoint !== "suggest" && endpoint !== "lookup" && endpoint !== "free") {
      return sendJson(res, 404, { error: { msg: `unknown path ${url.pathname}`, code: 404 } });
    }
    requests.push(`/${endpoint}${url.search}`);
    if (hanging) return; // Left open until close() or the client gives up.
    if (failing) {
      res.writeHead(503, { "content-type": "text/html" });
      res.end("<html><body><h1>503 Service Unavailable</h1></body></html>");
      return;
    }

    const filters = params.getAll("fq");
    const fl = params.get("fl");
    if (endpoint === "lookup") {
      const id = params.get("id");
      if (!id) return sendJson(res, 400, { error: { msg: "missing id", code: 400 } });
      const doc = fixtures.flatMap((f) => f.docs).find((d) => d.id === id);
      return sendJson(res, 200, solrBody(doc ? [project({ ...doc, score: 1 }, fl)] : []));
    }

    const q = params.get("q");
    if (!q) return sendJson(res, 400, { error: { msg: "missing q", code: 400 } });
    const found = search(fixtures, q, filters);
    if (endpoint === "free") {
      const docs = found.slice(0, rowsParam(params, 10)).map((doc) => project(doc, fl));
      return sendJson(res, 200, solrBody(docs, found.length));
    }
    const docs = found.slice(0, rowsParam(params, 10));
    return sendJson(res, 200, {
      ...solrBody(
        docs.map(({ type, weergavenaam, id, score }) => ({ type, weergavenaam, id, score })),
        found.length,
      ),
      highlighting: Object.fromEntries(docs.map((doc) => [doc.id, { suggest: [highlight(doc.weergavenaam, q)] }])),
    });
  };

  const server = createServer((req, res) => {
    try {
      answer(req, res);
    } catch (error) {
      sendJson(res, 500, { error: { msg: String(error), code: 500 } });
    }
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    requests,
    setFailing: (on) => void (failing = on),
    setHanging: (on) => void (hanging = on),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Hanging requests would otherwise keep close() waiting forever.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function argValue(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

// Only when run as a script, so that importing this file from a test starts nothing.
const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runAsScript) {
  const port = Number(argValue("--port") ?? process.env.PDOK_STUB_PORT ?? 4010);
  const stub = await startPdokStub({ port, failing: process.argv.includes("--failing") });
  console.log(`PDOK-stub luistert op ${stub.url}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stub.close().then(() => process.exit(0)));
  }
}
