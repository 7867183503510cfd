import "server-only";
// GET /api/v1/route's answer (issue 12, point 5): for one address, the resident's buurtteam,
// the formal route (the gemeente's Schulddienstverlening with 14 030 and how to sign up) and
// help near the address for the need, open soonest first — each with its reasons. It is the
// referral helper's work, asked as an anonymous visitor: the address → buurt through PDOK
// (resolveClientArea, with the geocoder's rate limit), the buurtteams (buurtteamsOf), the
// helper's ranking (findReferralHelp without a user: no professional-only lines) and the city's
// one number for debt help (city-wide-numbers.ts). Nothing about the address is stored or logged.
import { db } from "../db";
import { CITY_WIDE_NUMBERS } from "../organisations/city-wide-numbers";
import { FORMAL_CHAIN_SLUGS } from "../referral-helper/formal-chain";
import { findReferralHelp, resolveClientArea, type ClientArea } from "../referral-helper/queries";
import type { RankedResult } from "../referral-helper/rank";
import type { SearchItem } from "../search/types";
import { buurtteamsOf } from "../wijken/area-teams";
import type { RouteAnswer, RoutePlace } from "./answer-schema";
import { withText } from "./reasons";
import { addressQueryOf, type RouteQuery } from "./schema";

/** The gemeente's Schulddienstverlening and its sign-up service: slugs never change (formal-chain.ts). */
export const FORMAL_ROUTE = { organisation: FORMAL_CHAIN_SLUGS[0], service: "aanmelden-schuldhulp" } as const;
const GEMEENTE_NUMBER = CITY_WIDE_NUMBERS.find((number) => number.key === "gemeente")!;

export type RouteOutcome =
  | { status: "found"; answer: RouteAnswer }
  | { status: "not_found" }
  | { status: "outside" }
  | { status: "unavailable" }
  | { status: "limited"; retryAfterSeconds: number };

const pageOf = (origin: string, slug: string) => `${origin}/organisaties/${encodeURIComponent(slug)}`;

function placeOf(result: RankedResult & { contact: { phone: string | null; website: string | null } }, area: ClientArea, origin: string): RoutePlace {
  const { item } = result;
  const location = item.location;
  return {
    organisation: { name: item.organization.name, slug: item.organization.slug },
    service: { name: item.service.name, slug: item.service.slug, description: item.service.description },
    location: location && { name: location.name, address: location.address1, postcode: location.postalCode, city: location.city, lat: location.lat, lng: location.lng },
    distance_m: item.distance === null ? null : Math.round(item.distance),
    open: openOf(item),
    phone: result.contact.phone,
    website: result.contact.website,
    page: pageOf(origin, item.organization.slug),
    no_registration: item.service.noRegistration,
    eligibility: item.service.eligibility,
    reasons: withText(result.reasons, area.buurt.name),
  };
}

function openOf(item: SearchItem): RoutePlace["open"] {
  return { status: item.open.status, closes_at: item.open.closesAt, next_opening: item.open.nextOpening?.start ?? null };
}

const ACCESS_STEPS: Record<string, string> = {
  PHONE: "Bel",
  ONLINE: "Meld je online aan via",
  APPOINTMENT: "Of maak een afspraak.",
};

/** The gemeente's debt help with how to sign up, and the hand-over the buurtteam agreed on, if any. */
async function formalRoute(teamSlugs: readonly string[], buurt: string, origin: string): Promise<Omit<RouteAnswer["formal_route"], "other_doors">> {
  const [service, link] = await Promise.all([
    db.service.findFirst({
      where: { slug: FORMAL_ROUTE.service, status: "ACTIVE", organization: { slug: FORMAL_ROUTE.organisation, status: "PUBLISHED" } },
      select: { name: true, phone: true, url: true, eligibility: true, capacityNote: true, accessModes: true, organization: { select: { name: true, slug: true } } },
    }),
    teamSlugs.length === 0
      ? null
      : db.referralLink.findFirst({
          where: {
            status: "CONFIRMED",
            fromOrganization: { slug: { in: [...teamSlugs] }, status: "PUBLISHED" },
            toOrganization: { slug: FORMAL_ROUTE.organisation, status: "PUBLISHED" },
          },
          orderBy: { createdAt: "asc" },
          // The professionals' direct line (professionalContact) is never read here.
          select: { handoverSteps: true, whatToBring: true, jointFirstMeeting: true, fromOrganization: { select: { name: true } } },
        }),
  ]);
  const phone = service?.phone ?? GEMEENTE_NUMBER.phone ?? "14 030";
  const website = service?.url ?? GEMEENTE_NUMBER.website;
  const modes = service?.accessModes ?? ["PHONE"];
  const steps = [
    ...(modes.includes("PHONE") ? [`${ACCESS_STEPS.PHONE} ${phone} en zeg dat je je wilt aanmelden voor schuldhulp.`] : []),
    ...(modes.includes("ONLINE") ? [`${ACCESS_STEPS.ONLINE} ${website}.`] : []),
    ...(modes.includes("APPOINTMENT") ? [ACCESS_STEPS.APPOINTMENT] : []),
    ...(teamSlugs.length > 0 ? ["Of vraag je buurtteam om je aan te melden: dan gaat het buurtteam met je mee."] : []),
  ];
  return {
    organisation: service?.organization.name ?? GEMEENTE_NUMBER.name,
    service: service?.name ?? null,
    phone,
    website,
    how_to_sign_up: steps,
    who_can_sign_up: service?.eligibility ?? null,
    what_to_expect: service?.capacityNote ?? null,
    handover_by_buurtteam: link && {
      buurtteam: link.fromOrganization.name,
      steps: link.handoverSteps,
      what_to_bring: link.whatToBring,
      joint_first_meeting: link.jointFirstMeeting,
    },
    page: service ? pageOf(origin, service.organization.slug) : null,
    reasons: withText(link ? [{ code: "formalRoute" }, { code: "teamAgreement" }] : [{ code: "formalRoute" }], buurt),
  };
}

/**
 * The whole answer. `requester`: who asks (lib/auth/client-ip.ts), for the geocoder's limit;
 * `origin`: this site, for the links to organisation pages.
 */
export async function routeAnswer(query: RouteQuery, options: { requester: string; origin: string; now?: Date }): Promise<RouteOutcome> {
  const resolved = await resolveClientArea({ address: addressQueryOf(query), buurt: null }, options.requester);
  switch (resolved.status) {
    case "found":
      break;
    case "limited":
      return resolved;
    case "outside":
    case "missing":
      return { status: "outside" };
    case "not_found":
    case "invalid":
      return { status: "not_found" };
    case "unavailable":
      return { status: "unavailable" };
  }
  const area = resolved.area;
  const now = options.now ?? new Date();
  // Urgency "vandaag": the near list is ordered by what opens soonest (rank.ts compareSoonest),
  // and a place that opens today says so. No language wish, and able to travel: the route
  // site has not asked, so nothing is left out for it.
  const [teams, help] = await Promise.all([
    buurtteamsOf({ buurtCode: area.buurt.code, wijkCode: area.wijk.code }),
    findReferralHelp({ address: null, buurt: area.buurt.code, needs: query.behoefte, urgency: "vandaag", language: null, canTravel: true }, area, { now, user: null }),
  ]);
  const inGroup = (group: RankedResult["group"]) => help.results.filter((result) => result.group === group).map((result) => placeOf(result, area, options.origin));
  return {
    status: "found",
    answer: {
      address: { label: area.addressLabel, buurt: { code: area.buurt.code, name: area.buurt.name }, wijk: { code: area.wijk.code, name: area.wijk.name } },
      needs: query.behoefte,
      buurtteams: teams.map((team) => ({
        name: team.name,
        slug: team.slug,
        kind: team.kind,
        phone: team.phone,
        page: pageOf(options.origin, team.slug),
        reasons: withText([{ code: "servesBuurt", team: team.kind }], area.buurt.name),
      })),
      formal_route: {
        ...(await formalRoute(teams.map((team) => team.slug), area.buurt.name, options.origin)),
        other_doors: inGroup("formal").filter((place) => place.organisation.slug !== FORMAL_ROUTE.organisation),
      },
      near: inGroup("near"),
      alternatives: inGroup("alternative"),
    },
  };
}
