// Child processes of the benchmark (the Next.js server, the static baseline): started in a
// process group of their own, so stopping one also stops whatever it started.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { UserError } from "../../lib/errors";

export type Started = { name: string; child: ChildProcess; output: string[] };

export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  // Keep the last lines for the error message if it never gets ready.
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    output.splice(0, Math.max(0, output.length - 30));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { name, child, output };
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export async function stopProcess(started: Started, graceMs = 5000): Promise<void> {
  const { child } = started;
  if (child.pid === undefined || exited(child)) return;
  const done = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      // The negative pid addresses the whole process group this child leads.
      process.kill(-(child.pid as number), signal);
    } catch {
      // Already gone.
    }
  };
  signalGroup("SIGTERM");
  const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
  await done;
  clearTimeout(timer);
}

/** Polls `url` until it answers 200, or fails with the process's last output. */
export async function waitForHttp(url: string, started: Started, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(started.child)) break;
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new UserError(`${started.name} kwam niet op gang (${url}). Laatste uitvoer:\n${started.output.join("\n")}`);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** `preferred`, or the next free port above it: others on this machine use the 3xxx range too. */
export async function freePort(preferred: number, avoid: readonly number[] = []): Promise<number> {
  for (let port = preferred; port < preferred + 100; port++) {
    if (!avoid.includes(port) && (await portIsFree(port))) return port;
  }
  throw new UserError(`Geen vrije poort gevonden tussen ${preferred} en ${preferred + 99}.`);
}
