// Lighthouse 12 (mobile preset: simulated slow 4G and a 4× slower CPU) against Debian's Chromium,
// headless. Returns the performance score and Total Blocking Time, or why it could not run:
// a benchmark on a machine without Chromium still reports everything else.
import { existsSync } from "node:fs";
import os from "node:os";

/** `load`: the one-minute load average when the page's run ended. */
export type LighthouseScore = ({ score: number; tbtMs: number; lcpMs: number } | { error: string }) & { load: number };

export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

export async function lighthouseScores(urls: readonly string[]): Promise<Map<string, LighthouseScore>> {
  const scores = new Map<string, LighthouseScore>();
  const path = chromePath();
  if (!path) {
    for (const url of urls) scores.set(url, { error: "geen Chromium gevonden (zet CHROME_PATH)", load: os.loadavg()[0] });
    return scores;
  }
  let launcher: typeof import("chrome-launcher");
  let lighthouse: typeof import("lighthouse").default;
  try {
    launcher = await import("chrome-launcher");
    lighthouse = (await import("lighthouse")).default;
  } catch (error) {
    for (const url of urls) scores.set(url, { error: `lighthouse/chrome-launcher niet te laden: ${String(error)}`, load: os.loadavg()[0] });
    return scores;
  }
  // One browser per page: a fresh profile, so no page profits from another's cache. A failed
  // trace recording (NO_NAVSTART, NO_FCP happen on a busy machine) is tried once more.
  for (const url of urls) {
    let score = await onePage(launcher, lighthouse, path, url);
    if ("error" in score) score = await onePage(launcher, lighthouse, path, url);
    scores.set(url, score);
  }
  return scores;
}

async function onePage(
  launcher: typeof import("chrome-launcher"),
  lighthouse: typeof import("lighthouse").default,
  path: string,
  url: string,
): Promise<LighthouseScore> {
  let chrome: Awaited<ReturnType<typeof launcher.launch>> | undefined;
  try {
    chrome = await launcher.launch({
      chromePath: path,
      // --no-sandbox: the machine runs as root in a VM, where Chromium's sandbox cannot start.
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse gaf geen rapport");
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    return {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      load: os.loadavg()[0],
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), load: os.loadavg()[0] };
  } finally {
    await Promise.resolve(chrome?.kill()).catch(() => {});
  }
}
