// Graceful shutdown on SIGTERM (and SIGINT). `next start` already does the hard part: on the
// signal it stops accepting connections, lets the requests in flight finish, runs pending
// after() work and then calls process.exit (node_modules/next/dist/server/lib/start-server.js).
// What it cannot know about is our database pool. So, installed from instrumentation.ts:
//  1. on the signal, /api/ready starts answering 503 ("shutting down") so a load balancer
//     stops sending traffic, while requests in flight keep their database connections;
//  2. Next's process.exit, which comes only after the last request finished, is held until the
//     pool is closed (at most closeTimeoutMs), then the process exits 0: a stop that was asked
//     for and went cleanly is a success to process managers (Next itself would exit 143).
// With NEXT_MANUAL_SIG_HANDLE set Next leaves signals to the deployer, and so does this hook.
import { markShuttingDown } from "./shutdown-state";
import type { Logger } from "../log";

type ProcessLike = Pick<NodeJS.Process, "once" | "exit">;

export type ShutdownOptions = {
  close: () => Promise<void>;
  log: Logger;
  closeTimeoutMs?: number;
  target?: ProcessLike;
};

const SIGNAL_EXIT_CODES = new Set([130, 143]);
const installed = new WeakSet<object>();

export function installShutdownHook({ close, log, closeTimeoutMs = 5000, target = process }: ShutdownOptions): void {
  if (installed.has(target)) return;
  installed.add(target);
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    markShuttingDown();
    log.info("Shutting down: finishing requests in flight", { signal });
  };
  target.once("SIGTERM", onSignal);
  target.once("SIGINT", onSignal);

  const exit = target.exit.bind(target);
  let exiting = false;
  target.exit = ((code?: number | string | null) => {
    if (!signalled || exiting) return exit(code as number | undefined);
    exiting = true;
    const timer = setTimeout(() => {
      log.warn("Shutting down: database pool did not close in time");
      exit(1);
    }, closeTimeoutMs);
    timer.unref?.();
    void close()
      .then(() => {
        clearTimeout(timer);
        log.info("Shutting down: requests finished, database pool closed");
        exit(code === undefined || code === null || SIGNAL_EXIT_CODES.has(Number(code)) ? 0 : (code as number));
      })
      .catch((error: unknown) => {
        clearTimeout(timer);
        log.error("Shutting down: closing the database pool failed", { error });
        exit(1);
      });
    return undefined as never;
  }) as NodeJS.Process["exit"];
}
