import "server-only";
// The help finder's answer, from the referral helper's own parts: the resident's buurt from a
// buurt or a postcode (resolveClientArea: geocoded by our server through PDOK, counted against
// the geocoder's limit), the help ranked as the referral helper ranks it (findReferralHelp,
// with the situations turned into its needs, as an anonymous visitor: no professional lines),
// and the buurtteams of the buurt as the map's "no dead ends" shows them (buurtteamsOf).
// Nothing is stored or logged: the question is the URL.
import { findReferralHelp, resolveClientArea, type AreaOutcome, type ClientArea, type HelperAnswer } from "../referral-helper/queries";
import { buurtteamsOf, type AreaTeam } from "../wijken/area-teams";
import type { HelpQuery } from "./query";
import { needsOf } from "./situations";

export { loadHelperOptions as loadFinderOptions } from "../referral-helper/queries";
export type { HelperOptions as FinderOptions } from "../referral-helper/queries";

export type FinderArea = AreaOutcome;

/** The resident's buurt: the postcode when one is given (it is more precise), else the buurt. */
export function resolveFinderArea(query: Pick<HelpQuery, "buurt" | "postcode">, requester: string): Promise<AreaOutcome> {
  return resolveClientArea({ address: query.postcode, buurt: query.buurt }, requester);
}

export type FinderAnswer = {
  teams: AreaTeam[];
  /** Matching help, in the ranking's groups (formal, near, informal, alternative); the buurtteams are in `teams`. */
  help: HelperAnswer["results"];
};

export async function findHelp(query: HelpQuery, area: ClientArea, now: Date): Promise<FinderAnswer> {
  const [answer, teams] = await Promise.all([
    findReferralHelp(
      { address: null, buurt: area.buurt.code, needs: needsOf(query.situations), urgency: query.urgency, language: query.language, canTravel: query.canTravel },
      area,
      { now, user: null },
    ),
    buurtteamsOf({ buurtCode: area.buurt.code, wijkCode: area.wijk.code }),
  ]);
  return { teams, help: answer.results.filter((result) => result.group !== "buurtteam") };
}
