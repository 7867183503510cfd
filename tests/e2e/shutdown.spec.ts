// Graceful shutdown as deployments stop the app: SIGTERM to `npm start`'s runner while a
// request is in flight. The request must get its full answer, the database pool must be closed
// after it, and the process must exit 0. The in-flight request is an address lookup whose PDOK
// answer this test holds back until the server has stopped accepting connections.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startPdokStub, type PdokStub } from "../support/pdok-stub/server";

const APP_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const appUrl = `http://127.0.0.1:${APP_PORT}`;

/** In front of the PDOK stub: holds every request until release() is called. */
async function holdingProxy(target: PdokStub) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  const server: Server = createServer(async (req, res) => {
    arrived();
    await released;
    const answer = await fetch(`${target.url}${req.url}`);
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") ?? "application/json" });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, arrival, release, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const refusesConnections = () =>
  fetch(`${appUrl}/api/health`, { headers: { connection: "close" } }).then(
    () => false,
    () => true,
  );

test("SIGTERM: the request in flight is answered, the pool closed, the process exits 0", async () => {
  test.setTimeout(240_000);
  const stub = await startPdokStub();
  const pdok = await holdingProxy(stub);
  let app: ChildProcess | undefined;
  try {
    const bin = path.resolve("node_modules/.bin");
    app = spawn(path.join(bin, "tsx"), ["scripts/run-with-db.ts", "--no-seed", "--", "next", "start", "--port", String(APP_PORT)], {
      env: {
        ...process.env,
        PATH: `${bin}${path.delimiter}${process.env.PATH}`,
        NODE_ENV: "production",
        DATABASE_URL: "",
        EMBEDDED_DB_DIR: ":memory:",
        PDOK_LOCATIESERVER_URL: pdok.url,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    app.stdout?.on("data", (chunk) => (output += chunk));
    app.stderr?.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => app?.on("exit", (code) => resolve(code)));

    await until(async () => (await fetch(`${appUrl}/api/ready`)).ok, 180_000, "the app to be ready");

    const inFlight = fetch(`${appUrl}/api/v1/geocode?q=${encodeURIComponent("Bolognalaan 101")}`);
    await pdok.arrival; // the app is now inside the request, waiting for PDOK
    app.kill("SIGTERM");
    await until(refusesConnections, 30_000, "the app to stop accepting connections");
    expect(output).not.toContain("database pool closed"); // not before the request finished

    pdok.release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ label: expect.stringContaining("Bolognalaan 101") });

    expect(await exited).toBe(0);
    const lines = output.split("\n").filter((line) => line.startsWith("{"));
    const entries = lines.map((line) => JSON.parse(line) as { level: string; message: string });
    expect(entries.map((entry) => entry.message)).toEqual(
      expect.arrayContaining(["Shutting down: finishing requests in flight", "Shutting down: requests finished, database pool closed"]),
    );
    app = undefined;
  } finally {
    app?.kill("SIGKILL");
    pdok.release();
    await pdok.close();
    await stub.close();
  }
});
