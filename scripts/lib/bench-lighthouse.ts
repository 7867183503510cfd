// Lighthouse 12 (mobile preset: simulated slow 4G and a 4× slower CPU) against Debian's Chromium,
// headless. Returns the performance score and Total Blocking Time, or why it could not run:
// a benchmark on a machine without Chromium still reports everything else.
import { existsSync } from "node:fs";

export type LighthouseScore = { score: number; tbtMs: number; lcpMs: number } | { error: string };

export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

export async function lighthouseScores(urls: readonly string[]): Promise<Map<string, LighthouseScore>> {
  const scores = new Map<string, LighthouseScore>();
  const path = chromePath();
  if (!path) {
    for (const url of urls) scores.set(url, { error: "geen Chromium gevonden (zet CHROME_PATH)" });
    return scores;
  }
  let launcher: typeof import("chrome-launcher");
  let lighthouse: typeof import("lighthouse").default;
  try {
    launcher = await import("chrome-launcher");
    lighthouse = (await import("lighthouse")).default;
  } catch (error) {
    for (const url of urls) scores.set(url, { error: `lighthouse/chrome-launcher niet te laden: ${String(error)}` });
    return scores;
  }
  // One browser per page: a fresh profile, so no page profits from another's cache.
  for (const url of urls) {
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
      scores.set(url, {
        score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
        tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
        lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      });
    } catch (error) {
      scores.set(url, { error: error instanceof Error ? error.message : String(error) });
    } finally {
      await Promise.resolve(chrome?.kill()).catch(() => {});
    }
  }
  return scores;
}
