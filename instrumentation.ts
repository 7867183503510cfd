// Runs once when the server starts (Next.js instrumentation). On the Node.js runtime it
// installs the graceful-shutdown hook: see lib/ops/shutdown.ts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The socket address for clientIp() when no proxy is trusted: lib/auth/peer-address.ts.
  const { installPeerAddressHeader } = await import("./lib/auth/peer-address");
  installPeerAddressHeader();
  if (process.env.NEXT_MANUAL_SIG_HANDLE) return;
  const { installShutdownHook } = await import("./lib/ops/shutdown");
  const { disconnectDb } = await import("./lib/db");
  const { log } = await import("./lib/log");
  installShutdownHook({ close: disconnectDb, log });
}
