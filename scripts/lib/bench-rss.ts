// Memory of a server under test: the resident set (VmRSS in /proc/<pid>/status) of a process
// and all its descendants, summed. `next start` may run the server in a child process, so the
// process we started is not enough on its own. Linux only; elsewhere the figures are NaN.
import { readFileSync, readdirSync } from "node:fs";

function parentOf(pid: number): number | null {
  try {
    // Field 4 of /proc/<pid>/stat, after the command name in parentheses (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return null;
  }
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** pid and every process below it. */
export function processTree(root: number): number[] {
  let pids: number[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
  const children = new Map<number, number[]>();
  for (const pid of pids) {
    const parent = parentOf(pid);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Summed RSS of the tree in bytes; NaN when there is no /proc. */
export function treeRss(root: number): number {
  const tree = processTree(root);
  return tree.length ? tree.reduce((sum, pid) => sum + rssBytes(pid), 0) : Number.NaN;
}

/** Samples the tree's RSS every `intervalMs` until stopped; returns the highest sample. */
export function sampleRss(root: number, intervalMs = 250): { stop(): number } {
  let peak = treeRss(root);
  // The tree is re-read each time: the server may start workers while under load.
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, treeRss(root));
    },
  };
}

export const formatMb = (bytes: number): string => (Number.isFinite(bytes) ? `${Math.round(bytes / 2 ** 20)} MB` : "–");
