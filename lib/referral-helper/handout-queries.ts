import "server-only";
// The client's handout from a GET request: the helper's own answer for the same query
// (queries.ts: the same search, ranking and contacts), plus one small query for the closures
// and other hours of the places on the sheet this week. Nothing is stored or logged.
import { db } from "../db";
import type { HoursException } from "../hours/types";
import { buildClientHandout, defaultHandoutLocale, exceptionWindow, type ClientHandout, type HandoutLocale } from "./handout";
import { handoutTranslator } from "./handout-messages";
import { parseHandoutParams } from "./handout-params";
import { hasQuestion, parseHelperQuery, type HelperQuery } from "./params";
import { findReferralHelp, resolveClientArea, type AreaOutcome } from "./queries";

type Raw = Record<string, string | string[] | undefined>;

export type HandoutOutcome =
  | { status: "ok"; handout: ClientHandout; query: HelperQuery; chosen: string[] }
  | { status: "invalid"; errors: Record<string, string> }
  | { status: "area"; area: Exclude<AreaOutcome, { status: "found" }>; locale: HandoutLocale };

async function exceptionsFor(ids: string[], now: Date): Promise<Map<string, HoursException[]>> {
  if (ids.length === 0) return new Map();
  const { from, to } = exceptionWindow(now);
  const rows = await db.scheduleException.findMany({
    where: { serviceAtLocationId: { in: ids }, endDate: { gte: from }, startDate: { lte: to } },
    select: { serviceAtLocationId: true, startDate: true, endDate: true, kind: true, opensAt: true, closesAt: true, reason: true },
  });
  const byId = new Map<string, HoursException[]>();
  for (const { serviceAtLocationId, ...exception } of rows) byId.set(serviceAtLocationId, [...(byId.get(serviceAtLocationId) ?? []), exception]);
  return byId;
}

/**
 * `pageLocale`: the language of the page the professional is on (nl or en), the handout's
 * language when neither the handout's nor the client's language is one the site speaks.
 * `requester`: for the geocoder's limit (lib/auth/client-ip.ts).
 */
export async function loadClientHandout(raw: Raw, options: { pageLocale: string; requester: string; origin: string; now?: Date }): Promise<HandoutOutcome> {
  const now = options.now ?? new Date();
  const params = parseHandoutParams(raw);
  if (!params.ok) return { status: "invalid", errors: params.errors };
  const query = parseHelperQuery(raw);
  const locale = params.params.locale ?? defaultHandoutLocale(query.language, options.pageLocale);
  if (!hasQuestion(query)) return { status: "area", area: { status: "missing" }, locale };
  const area = await resolveClientArea(query, options.requester);
  if (area.status !== "found") return { status: "area", area, locale };
  // Anonymous: a professional's direct lines are never on a client's sheet.
  const [answer, t] = await Promise.all([findReferralHelp(query, area.area, { now, user: null }), handoutTranslator(locale)]);
  const shown = answer.results.filter((result) => result.item.location).map((result) => result.item.id);
  const handout = buildClientHandout({
    results: answer.results,
    exceptions: await exceptionsFor(shown, now),
    chosen: params.params.places.length > 0 ? params.params.places : null,
    query,
    buurt: area.area.buurt,
    locale,
    origin: options.origin,
    now,
    t,
  });
  return { status: "ok", handout, query, chosen: params.params.places };
}
