// The referral helper's ranking, as pure functions: what to show a professional, in which
// order, and why. Order of the groups: the client's buurtteam(s) first (they are the way in
// for almost everything), then the rest of the formal debt-help chain when debts are heavy
// (formal-chain.ts), then help near the client, open soonest first, then lighter informal
// help, and last the alternatives
// for when the client is not eligible somewhere. Every result carries its reasons in plain
// words (as message codes) and the confirmed hand-over agreements that lead to it.
import { amsterdamDate, dateKey } from "../hours";
import type { AccessMode, ReferralKind } from "../generated/prisma/enums";
import type { SearchItem } from "../search/types";
import { teamKind, type TeamKind } from "../wijken/buurtteams";
import { isFormalChain } from "./formal-chain";
import { categoriesByWeight, coreNeeds, needsFormalDebtRoute, needsMetBy, type Need, type Urgency } from "./needs";

export type Group = "buurtteam" | "formal" | "near" | "informal" | "alternative";
export const GROUP_ORDER: readonly Group[] = ["buurtteam", "formal", "near", "informal", "alternative"];

/** At most this many results per group: two minutes with a client, not a catalogue. */
export const GROUP_LIMITS: Record<Group, number> = { buurtteam: 4, formal: 4, near: 8, informal: 4, alternative: 4 };

/** Within this distance a place counts as "very near" for someone who cannot travel. */
export const VERY_NEAR_METRES = 1000;
/** A place this close is worth saying so. */
export const NEARBY_METRES = 1500;

const REMOTE_ACCESS: readonly AccessMode[] = ["HOME_VISIT", "PHONE", "ONLINE"];

export type HelperRequest = {
  needs: Need[];
  urgency: Urgency;
  /** ISO 639 code, or null for "no preference". Dutch is no preference: everyone speaks it. */
  language: string | null;
  canTravel: boolean;
};

export type AreaRow = { wijkCode: string | null; buurtCode: string | null };

export type HandoverLink = {
  id: string;
  kind: ReferralKind;
  fromOrganization: { id: string; slug: string; name: string };
  toOrganizationId: string;
  toServiceId: string | null;
  whenToRefer: string;
  handoverSteps: string[];
  whatToBring: string | null;
  jointFirstMeeting: boolean;
  contactRole: string | null;
  professionalContact: string | null;
  exampleData: boolean;
};

export type Reason =
  | { code: "servesBuurt"; team: TeamKind }
  | { code: "formalRoute" }
  | { code: "teamAgreement" }
  | { code: "meetsNeeds"; needs: Need[] }
  | { code: "lighterHelp" }
  | { code: "openNow" }
  | { code: "opensToday" }
  | { code: "opensThisWeek" }
  | { code: "nearby"; metres: number }
  | { code: "comesToClient"; modes: AccessMode[] }
  | { code: "speaksLanguage"; language: string }
  | { code: "noRegistration" }
  | { code: "alternativeFor"; organisation: string; viaAgreement: boolean }
  | { code: "hasConditions" };

export type RankedResult = {
  group: Group;
  item: SearchItem;
  reasons: Reason[];
  /** Confirmed agreements leading to this service: the user's own organisation's first. */
  handovers: (HandoverLink & { fromOwnOrganisation: boolean })[];
};

export type RankInput = {
  request: HelperRequest;
  now: Date;
  area: { buurtCode: string; wijkCode: string };
  /** Search items: one per service at a location, as lib/search returns them. */
  offers: readonly SearchItem[];
  /** Service areas per service id; a service without any serves the whole city. */
  areas: ReadonlyMap<string, readonly AreaRow[]>;
  /** CONFIRMED referral links between published organisations. */
  links: readonly HandoverLink[];
  /** The signed-in user's organisations, if any. */
  ownOrganizationIds?: readonly string[];
};

// ------------------------------------------------------------------ small facts

export function coversArea(rows: readonly AreaRow[], area: RankInput["area"]): boolean {
  return rows.some((row) => row.buurtCode === area.buurtCode || row.wijkCode === area.wijkCode);
}

/** A city-wide service (no areas) serves everyone; an area-bound one only its own buurten. */
export function servesClient(serviceId: string, areas: RankInput["areas"], area: RankInput["area"]): boolean {
  const rows = areas.get(serviceId);
  return !rows || rows.length === 0 || coversArea(rows, area);
}

export function remoteModes(item: SearchItem): AccessMode[] {
  return item.service.accessModes.filter((mode) => REMOTE_ACCESS.includes(mode));
}

export function isOpenToday(item: SearchItem, now: Date): boolean {
  if (item.open.status === "open") return true;
  const next = item.open.nextOpening?.start;
  return !!next && dateKey(amsterdamDate(new Date(next))) === dateKey(amsterdamDate(now));
}

export function opensWithinWeek(item: SearchItem, now: Date): boolean {
  if (item.open.status === "open") return true;
  const next = item.open.nextOpening?.start;
  return !!next && new Date(next).getTime() - now.getTime() <= 7 * 24 * 60 * 60 * 1000;
}

function nextStart(item: SearchItem, now: Date): number {
  if (item.open.status === "open") return now.getTime();
  const next = item.open.nextOpening?.start;
  return next ? new Date(next).getTime() : Number.POSITIVE_INFINITY;
}

function wantsLanguage(request: HelperRequest): string | null {
  return request.language && request.language !== "nl" ? request.language : null;
}

/**
 * How well an item fits, compared left to right (lower is better): someone who cannot
 * travel needs help that comes to them or is very near; then their language; then, when it
 * is urgent, help open today (soonest first) or this week; then distance.
 */
export function fitKey(item: SearchItem, request: HelperRequest, now: Date): number[] {
  const distance = item.distance ?? Number.POSITIVE_INFINITY;
  const travel = request.canTravel || remoteModes(item).length > 0 || distance <= VERY_NEAR_METRES ? 0 : 1;
  const language = wantsLanguage(request);
  const speaks = !language || item.service.languages.includes(language) ? 0 : 1;
  if (request.urgency === "vandaag") return [travel, speaks, isOpenToday(item, now) ? 0 : 1, nextStart(item, now), distance];
  if (request.urgency === "deze-week") return [travel, speaks, opensWithinWeek(item, now) ? 0 : 1, distance];
  return [travel, speaks, distance];
}

function compareKeys(ka: number[], kb: number[], a: SearchItem, b: SearchItem): number {
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  }
  return a.organization.name.localeCompare(b.organization.name, "nl") || a.service.name.localeCompare(b.service.name, "nl");
}

export function compareFit(a: SearchItem, b: SearchItem, request: HelperRequest, now: Date): number {
  return compareKeys(fitKey(a, request, now), fitKey(b, request, now), a, b);
}

/**
 * The order of the "near" list, whose heading promises "open soonest first": what the client
 * can reach and help in their language first (the list's intro says so when it applies), then
 * open now, then by the moment it opens, then by distance. Without known hours last.
 */
export function soonestKey(item: SearchItem, request: HelperRequest, now: Date): number[] {
  const [travel, speaks] = fitKey(item, request, now);
  return [travel, speaks, nextStart(item, now), item.distance ?? Number.POSITIVE_INFINITY];
}

export function compareSoonest(a: SearchItem, b: SearchItem, request: HelperRequest, now: Date): number {
  return compareKeys(soonestKey(a, request, now), soonestKey(b, request, now), a, b);
}

/** One item per service: the place that fits best (a Voedselbank has six). */
export function bestPerService(items: readonly SearchItem[], request: HelperRequest, now: Date): SearchItem[] {
  const best = new Map<string, SearchItem>();
  for (const item of items) {
    const current = best.get(item.service.id);
    if (!current || compareFit(item, current, request, now) < 0) best.set(item.service.id, item);
  }
  return [...best.values()].sort((a, b) => compareFit(a, b, request, now));
}

/** Has conditions to get in: registration needed and eligibility rules written down. */
export function hasConditions(item: SearchItem): boolean {
  return !item.service.noRegistration && !!item.service.eligibility?.trim();
}

/** Why an item fits the client, beyond the group it is in. */
export function fitReasons(item: SearchItem, request: HelperRequest, now: Date): Reason[] {
  const reasons: Reason[] = [];
  const needs = needsMetBy(item.service.categories.map((c) => c.slug), request.needs);
  if (needs.length > 0) reasons.push({ code: "meetsNeeds", needs });
  if (item.open.status === "open") reasons.push({ code: "openNow" });
  else if (request.urgency !== "geen-haast" && isOpenToday(item, now)) reasons.push({ code: "opensToday" });
  else if (request.urgency === "deze-week" && opensWithinWeek(item, now)) reasons.push({ code: "opensThisWeek" });
  if (item.distance !== null && item.distance <= NEARBY_METRES) reasons.push({ code: "nearby", metres: item.distance });
  const remote = remoteModes(item);
  if (!request.canTravel && remote.length > 0) reasons.push({ code: "comesToClient", modes: remote });
  const language = wantsLanguage(request);
  if (language && item.service.languages.includes(language)) reasons.push({ code: "speaksLanguage", language });
  if (item.service.noRegistration) reasons.push({ code: "noRegistration" });
  return reasons;
}

// ------------------------------------------------------------------ hand-overs

function handoversTo(item: SearchItem, input: RankInput, teamOrgIds: ReadonlySet<string>, preferred?: string) {
  const own = new Set(input.ownOrganizationIds ?? []);
  const rank = (link: HandoverLink) =>
    link.id === preferred ? 0 : own.has(link.fromOrganization.id) ? 1 : teamOrgIds.has(link.fromOrganization.id) ? 2 : 3;
  return input.links
    .filter((link) => link.toOrganizationId === item.organization.id && (link.toServiceId === null || link.toServiceId === item.service.id))
    .sort((a, b) => rank(a) - rank(b) || a.fromOrganization.name.localeCompare(b.fromOrganization.name, "nl"))
    .slice(0, 3)
    .map((link) => ({ ...link, fromOwnOrganisation: own.has(link.fromOrganization.id) }));
}

/** Whether one of these organisations (the client's buurtteams) has a confirmed agreement leading here. */
export function hasAgreementFrom(item: SearchItem, fromOrganizationIds: ReadonlySet<string>, links: readonly HandoverLink[]): boolean {
  return links.some(
    (link) =>
      fromOrganizationIds.has(link.fromOrganization.id) &&
      link.toOrganizationId === item.organization.id &&
      (link.toServiceId === null || link.toServiceId === item.service.id),
  );
}

/** Up to `limit` distinct items, taking the best remaining one from each pool in turn. */
export function takeInTurns(pools: readonly (readonly SearchItem[])[], limit: number): SearchItem[] {
  const taken = new Set<SearchItem>();
  const cursors = pools.map(() => 0);
  let progress = true;
  while (taken.size < limit && progress) {
    progress = false;
    for (let i = 0; i < pools.length && taken.size < limit; i++) {
      while (cursors[i] < pools[i].length && taken.has(pools[i][cursors[i]])) cursors[i]++;
      if (cursors[i] < pools[i].length) {
        taken.add(pools[i][cursors[i]]);
        progress = true;
      }
    }
  }
  return [...taken];
}

/** Keeps the first (best) item of each organisation, in order. */
export function onePerOrganisation(items: readonly SearchItem[]): SearchItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.organization.id) && seen.add(item.organization.id));
}

// ------------------------------------------------------------------ the ranking

const categorySlugs = (item: SearchItem) => item.service.categories.map((c) => c.slug);

export function rankReferrals(input: RankInput): RankedResult[] {
  const { request, now, area } = input;
  const serving = input.offers.filter((item) => servesClient(item.service.id, input.areas, area));
  const placed = new Set<string>();
  const groups: Record<Group, { item: SearchItem; reasons: Reason[]; preferredLink?: string }[]> = {
    buurtteam: [], formal: [], near: [], informal: [], alternative: [],
  };
  // One entry per organisation in a group list (the gemeente has five debt services; the
  // best fitting one stands for them), except that an agreed alternative is always named.
  const placedOrgs = new Set<string>();
  const place = (group: Group, item: SearchItem, reasons: Reason[], preferredLink?: string) => {
    placed.add(item.service.id);
    placedOrgs.add(item.organization.id);
    groups[group].push({ item, reasons, preferredLink });
  };

  // 1. The buurtteams whose service area covers the buurt: one entry per team, sociaal first.
  const teams = new Map<string, SearchItem>();
  for (const item of bestPerService(serving, request, now)) {
    if (item.organization.track !== "BUURTTEAM" || !coversArea(input.areas.get(item.service.id) ?? [], area)) continue;
    if (!teams.has(item.organization.id)) teams.set(item.organization.id, item);
  }
  const kindOrder = (item: SearchItem) => (teamKind(item.organization.slug) === "sociaal" ? 0 : 1);
  for (const item of [...teams.values()].sort((a, b) => kindOrder(a) - kindOrder(b)).slice(0, GROUP_LIMITS.buurtteam)) {
    place("buurtteam", item, [{ code: "servesBuurt", team: teamKind(item.organization.slug) }, ...fitReasons(item, request, now).filter((r) => r.code !== "meetsNeeds")]);
  }
  const teamOrgIds = new Set(teams.keys());

  if (request.needs.length > 0) {
    const { core, light } = categoriesByWeight(request.needs, request.urgency);
    // Buurtteams of other buurten are not the client's way in.
    const candidates = bestPerService(serving, request, now).filter((item) => item.organization.track !== "BUURTTEAM");
    const matches = (item: SearchItem, set: ReadonlySet<string>) => categorySlugs(item).some((c) => set.has(c));

    // 2. The rest of the formal chain, when debts are heavy: the gemeente's debt help and the
    // sociaal raadslieden with De Geldzaak (formal-chain.ts). A service the client's own
    // buurtteam has a confirmed agreement with comes first: that hand-over is already arranged.
    if (needsFormalDebtRoute(request.needs, request.urgency)) {
      const agreed = (item: SearchItem) => hasAgreementFrom(item, teamOrgIds, input.links);
      const formal = candidates
        .filter((item) => isFormalChain(item.organization.slug))
        .sort((a, b) => Number(agreed(b)) - Number(agreed(a)) || compareFit(a, b, request, now));
      for (const item of formal) {
        if (groups.formal.length >= GROUP_LIMITS.formal) break;
        if (placedOrgs.has(item.organization.id)) continue;
        place("formal", item, [{ code: "formalRoute" }, ...(agreed(item) ? [{ code: "teamAgreement" } as const] : []), ...fitReasons(item, request, now)]);
      }
    }

    // 3. Help for the needs to act on now. Each need gets its turn (a client with debts and
    // no food must not see eight debt services and no food), then the list is ordered by fit.
    // Services with conditions to get in bring their confirmed alternatives along, which go
    // to the last group.
    const actNow = (item: SearchItem) => matches(item, core) || (item.organization.track !== "SOCIALE_BASIS" && matches(item, light));
    const nearCandidates = onePerOrganisation(candidates.filter((item) => !placedOrgs.has(item.organization.id) && actNow(item)));
    const pools = [
      ...coreNeeds(request.needs, request.urgency).map((need) => nearCandidates.filter((item) => needsMetBy(categorySlugs(item), [need]).length > 0)),
      nearCandidates,
    ];
    const selected = takeInTurns(pools, GROUP_LIMITS.near);
    const alternativeTargets = new Map<string, { organisation: string; linkId: string }>();
    for (const restricted of [...groups.formal.map((entry) => entry.item), ...selected].filter(hasConditions)) {
      for (const link of input.links) {
        if (link.kind !== "ALTERNATIVE" || link.fromOrganization.id !== restricted.organization.id) continue;
        const key = `${link.toOrganizationId}:${link.toServiceId ?? ""}`;
        if (!alternativeTargets.has(key)) alternativeTargets.set(key, { organisation: restricted.organization.name, linkId: link.id });
      }
    }
    const alternativeOf = (item: SearchItem) =>
      alternativeTargets.get(`${item.organization.id}:${item.service.id}`) ?? alternativeTargets.get(`${item.organization.id}:`);
    for (const item of candidates) {
      const target = alternativeOf(item);
      if (placed.has(item.service.id) || !target || groups.alternative.length >= GROUP_LIMITS.alternative) continue;
      place("alternative", item, [{ code: "alternativeFor", organisation: target.organisation, viaAgreement: true }, ...fitReasons(item, request, now)], target.linkId);
    }
    for (const item of [...selected].sort((a, b) => compareSoonest(a, b, request, now))) {
      if (placed.has(item.service.id) || placedOrgs.has(item.organization.id)) continue;
      place("near", item, [...fitReasons(item, request, now), ...(hasConditions(item) ? [{ code: "hasConditions" } as const] : [])]);
    }

    // 4. Lighter help from volunteers and neighbourhood initiatives.
    for (const item of candidates) {
      if (placedOrgs.has(item.organization.id) || groups.informal.length >= GROUP_LIMITS.informal) continue;
      if (item.organization.track !== "SOCIALE_BASIS" || !matches(item, light)) continue;
      place("informal", item, [{ code: "lighterHelp" }, ...fitReasons(item, request, now)]);
    }

    // 5. More alternatives: help without registration of the same kind as a service with
    // conditions that is shown above, when the near list had no room for it.
    const restrictedShown = [...groups.formal, ...groups.near].map((entry) => entry.item).filter(hasConditions);
    for (const item of candidates) {
      if (placedOrgs.has(item.organization.id) || !item.service.noRegistration || groups.alternative.length >= GROUP_LIMITS.alternative) continue;
      const of = restrictedShown.find((restricted) => categorySlugs(restricted).some((c) => core.has(c) && categorySlugs(item).includes(c)));
      if (!of) continue;
      place("alternative", item, [{ code: "alternativeFor", organisation: of.organization.name, viaAgreement: false }, ...fitReasons(item, request, now)]);
    }
  }

  return GROUP_ORDER.flatMap((group) =>
    groups[group].map(({ item, reasons, preferredLink }) => ({
      group,
      item,
      reasons,
      handovers: handoversTo(item, input, teamOrgIds, preferredLink),
    })),
  );
}
