// The shutdown hook on a real database: after SIGTERM requests in flight can still query; the
// pool closes only when Next.js, having drained, calls process.exit; a clean stop exits 0.
// (That `next start` drains and calls exit is tested end to end in tests/e2e/shutdown.spec.ts.)
import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/db";
import { log } from "@/lib/log";
import { installShutdownHook } from "@/lib/ops/shutdown";
import { isShuttingDown, markShuttingDown } from "@/lib/ops/shutdown-state";
import { withTestDatabase } from "./support/test-database";

withTestDatabase();

/** A stand-in for `process`: signals are events, exit is recorded instead of ending vitest. */
function fakeProcess() {
  const emitter = new EventEmitter();
  let resolveExit!: (code: number | undefined) => void;
  const exited = new Promise<number | undefined>((resolve) => (resolveExit = resolve));
  const target = Object.assign(emitter, { exit: (code?: number) => resolveExit(code) as never });
  return { target: target as unknown as NodeJS.Process, exited };
}

const quiet = log.with({});
afterEach(() => markShuttingDown(false));

describe("shutdown hook", () => {
  it("keeps the pool for requests in flight, closes it when Next exits, and exits 0", async () => {
    const { target, exited } = fakeProcess();
    const events: string[] = [];
    installShutdownHook({ target, log: quiet, close: async () => { events.push("close"); await disconnectDb(); } });

    target.emit("SIGTERM", "SIGTERM");
    expect(isShuttingDown()).toBe(true);
    // A request still being served after the signal gets its answer from the database.
    expect(await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    expect(events).toEqual([]);

    target.exit(143); // what next start does once the last request finished
    expect(await exited).toBe(0);
    expect(events).toEqual(["close"]);
  });

  it("exits 1 when the pool cannot be closed in time", async () => {
    const { target, exited } = fakeProcess();
    installShutdownHook({ target, log: quiet, closeTimeoutMs: 50, close: () => new Promise(() => {}) });
    target.emit("SIGTERM", "SIGTERM");
    target.exit(143);
    expect(await exited).toBe(1);
  });

  it("leaves an exit that was not asked for by a signal alone", async () => {
    const { target, exited } = fakeProcess();
    const events: string[] = [];
    installShutdownHook({ target, log: quiet, close: async () => { events.push("close"); } });
    target.exit(1);
    expect(await exited).toBe(1);
    expect(events).toEqual([]);
  });
});
