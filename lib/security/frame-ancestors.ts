// Which sites may show our pages in a frame (CSP frame-ancestors). Only the /embed pages may
// be framed at all (docs/decisions/0014-embedding.md); every other page keeps 'none', so no
// site can lay our forms (sign-in, "Meld een fout", beheer) under a click trap.
// EMBED_FRAME_ANCESTORS (lib/env.ts) says by whom:
//   "*" (default): any site over https, and a partner's own computer (localhost) for testing;
//   "none":        nobody, embedding turned off;
//   a list:        those origins only, separated by spaces or commas, e.g.
//                  "https://www.utrecht.nl https://*.buurtteamsutrecht.nl".
// No imports: lib/env.ts (and with it every script) reads this.

/**
 * What "any site" means: https pages anywhere, plain http only from the partner's own machine.
 * 'self' always: the snippet page (/ontwikkelaars/insluiten) shows a live preview in a frame.
 */
export const ANY_EMBEDDER = "'self' https: http://localhost:* http://127.0.0.1:*";
export const NO_EMBEDDER = "'none'";

/** One origin: https (or http on localhost) host, an optional "*." in front and an optional port. */
const ORIGIN = /^(?:https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*|http:\/\/(?:localhost|127\.0\.0\.1))(?::(?:\d{1,5}|\*))?$/;

export type FrameAncestorsResult = { ok: true; value: string } | { ok: false; message: string };

/** The frame-ancestors sources for the embed pages, from the setting; never anything that could break out of the header. */
export function parseFrameAncestors(setting: string | undefined): FrameAncestorsResult {
  const trimmed = (setting ?? "").trim();
  if (trimmed === "" || trimmed === "*") return { ok: true, value: ANY_EMBEDDER };
  if (trimmed.toLowerCase() === "none") return { ok: true, value: NO_EMBEDDER };
  const entries = trimmed
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => entry.toLowerCase().replace(/\/$/, ""));
  if (entries.length > 50) return { ok: false, message: "hoogstens 50 adressen" };
  const bad = entries.filter((entry) => !ORIGIN.test(entry));
  if (bad.length > 0) {
    return {
      ok: false,
      message: `geen geldig adres: ${bad.slice(0, 3).join(", ")} (gebruik * , none of adressen als https://www.voorbeeld.nl)`,
    };
  }
  return { ok: true, value: ["'self'", ...new Set(entries)].join(" ") };
}
