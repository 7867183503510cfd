// Two `next start` instances on one PostgreSQL server, as a load balancer runs them (issue 9,
// point 9; docs/deploying.md). Both start at the same moment on an empty database (only one may
// migrate and seed), share NEXTAUTH_SECRET, and hold no state of their own: a change saved
// through one is on the other at once, a session made on one works on the other, and the
// rate limit counts requests to both.
//
// Needs a PostgreSQL server (TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres,
// as in CI) and a production build in NEXT_DIST_DIR (the main config's web server makes it).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type APIRequestContext } from "@playwright/test";

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const DATABASE = `sk_multi_${process.pid}`;
const PORTS = [Number(process.env.MULTI_PORT_1 ?? 3161), Number(process.env.MULTI_PORT_2 ?? 3162)];
const [first, second] = PORTS.map((port) => `http://127.0.0.1:${port}`);
const SECRET = "multi-instance-test-secret-shared-by-both-0123456789";
const PUBLIC_API_LIMIT = 120; // lib/ratelimit/limits.ts

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

type Instance = { process: ChildProcess; output: string[] };
const instances: Instance[] = [];

// The two instances bind the ways deployments do: a loopback hostname behind a local proxy, and
// every interface with HOSTNAME set, as in a container (tests/e2e/deployment.spec.ts has more).
const BINDINGS = [{ hostname: "127.0.0.1" }, { hostname: "0.0.0.0", HOSTNAME: "sociale-kaart-web-2" }];

function start(port: number, binding: { hostname: string; HOSTNAME?: string }): Instance {
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["scripts/run-with-db.ts", "--", "next", "start", "--hostname", binding.hostname, "--port", String(port)], {
    // A process group of its own, so stopping it stops next start too.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl(DATABASE),
      // What the instances behind one load balancer share: the secret and the public address.
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: first,
      SEED_DEV_ACCOUNTS: "1",
      DEV_MAILBOX: "1",
      // The "load balancer" is one proxy hop that sets X-Forwarded-For.
      TRUST_PROXY: "1",
      TILE_URL: "http://127.0.0.1:9/tiles/{z}/{x}/{y}.png",
      ...(binding.HOSTNAME ? { HOSTNAME: binding.HOSTNAME } : {}),
    },
  });
  const instance = { process: child, output: [] as string[] };
  const keep = (chunk: Buffer) => instance.output.push(chunk.toString());
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return instance;
}

async function waitUntilServing(url: string, instance: Instance): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) throw new Error(`The instance on ${url} stopped:\n${instance.output.join("")}`);
    const answered = await fetch(`${url}/en`).then((response) => response.ok, () => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The instance on ${url} did not answer within 4 minutes:\n${instance.output.join("")}`);
}

function stop(instance: Instance): Promise<void> {
  if (instance.process.exitCode !== null || instance.process.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => instance.process.once("exit", () => resolve()));
  process.kill(-instance.process.pid, "SIGTERM");
  return exited;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const build = process.env.NEXT_DIST_DIR || ".next";
  if (!existsSync(path.join(build, "BUILD_ID"))) throw new Error(`No production build in ${build}: run \`npm run build\` (with the same NEXT_DIST_DIR) first.`);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${DATABASE}"`);
  await admin.end();
  // Both at once, on the empty database: as a deployment starts its instances.
  instances.push(start(PORTS[0], BINDINGS[0]), start(PORTS[1], BINDINGS[1]));
  await Promise.all([waitUntilServing(first, instances[0]), waitUntilServing(second, instances[1])]);
});

test.afterAll(async () => {
  await Promise.all(instances.map(stop));
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await admin.end();
});

test("both instances started together on an empty database, and it was migrated and seeded once", async () => {
  const db = new pg.Client({ connectionString: databaseUrl(DATABASE) });
  await db.connect();
  try {
    const organisations = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Organization" WHERE slug = 'formulierenspreekuur-overvecht'`);
    expect(organisations.rows[0].n).toBe(1);
    const migrations = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "_prisma_migrations" GROUP BY migration_name ORDER BY n DESC LIMIT 1`);
    expect(migrations.rows[0].n).toBe(1);
  } finally {
    await db.end();
  }
  const said = instances.map((instance) => instance.output.join("")).join("\n");
  expect(said.match(/De database wordt gevuld/g)?.length).toBe(1);
});

test("Dutch and English pages answer 200 on both, also behind a reverse proxy", async ({ playwright }) => {
  const api = await playwright.request.newContext();
  const proxied = { "x-forwarded-host": "socialekaart.example.nl", "x-forwarded-proto": "https" };
  for (const base of [first, second]) {
    for (const path of ["/", "/verwijzen", "/wijken/overvecht", "/beheer/inloggen", "/en", "/en/verwijzen"]) {
      for (const headers of [{}, proxied]) {
        const response = await api.get(`${base}${path}`, { headers, maxRedirects: 0 });
        expect(response.status(), `${base}${path} ${JSON.stringify(headers)}`).toBe(200);
      }
    }
  }
  await api.dispose();
});

test("a change saved through instance 1 is on instance 2's public page and API at once; the session works on both", async ({ browser, playwright }) => {
  const coordinator = await browser.newContext();
  const page = await coordinator.newPage();
  await page.goto(`${first}/beheer/inloggen`);
  await page.getByLabel("E-mailadres", { exact: true }).first().fill("overvecht@sociale-kaart.test");
  await page.getByLabel("Wachtwoord", { exact: true }).fill("sociale-kaart-dev");
  await page.getByRole("button", { name: "Inloggen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mijn organisaties" })).toBeVisible();
  expect(new URL(page.url()).port).toBe(String(PORTS[0]));

  const description = `Formulierenhulp, bewaard via instantie 1 om ${Date.now()}.`;
  await page.getByRole("link", { name: "Formulierenspreekuur Overvecht" }).first().click();
  await page.getByLabel("Wat doet uw organisatie?").fill(description);
  const form = page.getByRole("form", { name: "Gegevens van de organisatie" });
  await form.getByRole("button", { name: "Opslaan" }).click();
  await expect(form.getByRole("status")).toContainText("pgeslagen");

  // Instance 2, right away: its public page and its API.
  const visitor = await browser.newContext();
  const resident = await visitor.newPage();
  await resident.goto(`${second}/organisaties/formulierenspreekuur-overvecht`);
  await expect(resident.getByText(description)).toBeVisible();
  const api = await playwright.request.newContext();
  const hsds = await api.get(`${second}/api/hsds/services?per_page=200`, { headers: { "X-Forwarded-For": "198.51.100.1" } });
  expect(hsds.status()).toBe(200);
  expect(await hsds.text()).toContain(description);

  // The session cookie instance 1 set is good on instance 2 (same secret, nothing in memory).
  await page.goto(`${second}/beheer`);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn organisaties" })).toBeVisible();
  expect(new URL(page.url()).port).toBe(String(PORTS[1]));
  await expect(page.getByText("Ingelogd als Olga")).toBeVisible();

  await api.dispose();
  await visitor.close();
  await coordinator.close();
});

let question = 0;

// A new question each time (another page): the search API counts only requests that start a
// search, and the same question again is answered from the instance's answer cache, uncounted.
async function apiStatus(api: APIRequestContext, base: string, address: string): Promise<{ status: number; retryAfter: string | undefined }> {
  const response = await api.get(`${base}/api/v1/services?per_page=1&page=${++question}`, { headers: { "X-Forwarded-For": address } });
  return { status: response.status(), retryAfter: response.headers()["retry-after"] };
}

test("the rate limit counts the requests to both instances together", async ({ playwright }) => {
  test.setTimeout(120_000);
  // Windows are whole minutes: start early in one, so all requests below fall in it.
  const intoWindow = Date.now() % 60_000;
  if (intoWindow > 20_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoWindow + 200));
  const api = await playwright.request.newContext();
  const address = "198.51.100.77";
  for (let i = 1; i < PUBLIC_API_LIMIT; i++) expect((await apiStatus(api, first, address)).status, `request ${i} to instance 1`).toBe(200);
  // The 120th request, to instance 2, is the last one allowed; the next is refused by both.
  expect((await apiStatus(api, second, address)).status).toBe(200);
  const refused = await apiStatus(api, second, address);
  expect(refused.status).toBe(429);
  expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
  expect((await apiStatus(api, first, address)).status).toBe(429);
  // Another client is not affected.
  expect((await apiStatus(api, second, "198.51.100.78")).status).toBe(200);
  await api.dispose();
});
