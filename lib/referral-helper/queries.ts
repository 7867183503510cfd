import "server-only";
// The referral helper's data. Nothing about the client is stored or logged: the address is
// geocoded by our server (PDOK never sees who asks, and we do not log the query), and the
// answer is computed per request. All reads run in parallel — up to three searches
// (lib/search: one for the needs near the client, one for help in or for the buurt, which
// brings the buurtteams, and when debts are heavy one that brings the formal chain of
// formal-chain.ts), the service areas and the confirmed referral links — then one small query for
// the contact details and hours of the results actually shown. No N+1.
import { db } from "../db";
import type { ScheduleRule } from "../hours";
import { geocodeAddress } from "../map/geocode-address";
import type { SessionUser } from "../auth/session";
import { searchServices } from "../search/queries";
import { searchParamsSchema } from "../search/schemas";
import type { SearchItem } from "../search/types";
import { FORMAL_CHAIN_CATEGORIES } from "./formal-chain";
import { categoriesFor, needsFormalDebtRoute } from "./needs";
import type { HelperQuery } from "./params";
import { rankReferrals, type AreaRow, type HandoverLink, type RankedResult } from "./rank";

export type HelperOptions = {
  wijken: { code: string; name: string; buurten: { code: string; name: string }[] }[];
  /** ISO 639 codes spoken at some published service. */
  languages: string[];
};

/** The form's choices: 111 buurten grouped by wijk, and the languages spoken somewhere. */
export async function loadHelperOptions(): Promise<HelperOptions> {
  const [wijken, services] = await Promise.all([
    db.wijk.findMany({
      orderBy: { name: "asc" },
      select: { code: true, name: true, buurten: { orderBy: { name: "asc" }, select: { code: true, name: true } } },
    }),
    db.service.findMany({ where: { status: "ACTIVE", organization: { status: "PUBLISHED" } }, select: { languages: true } }),
  ]);
  return { wijken, languages: [...new Set(services.flatMap((s) => s.languages))].sort() };
}

export type ClientArea = {
  buurt: { code: string; name: string; slug: string };
  wijk: { code: string; name: string; slug: string };
  /** The point distances are measured from: the address, or else the buurt's centre. */
  point: { lat: number; lng: number };
  /** The address as PDOK wrote it back, when an address was given. */
  addressLabel: string | null;
};

export type AreaOutcome =
  | { status: "found"; area: ClientArea }
  | { status: "missing" }
  | { status: "not_found" }
  | { status: "outside" }
  | { status: "invalid"; message: string }
  | { status: "unavailable" }
  | { status: "limited"; retryAfterSeconds: number };

/**
 * The client's buurt: from the address (geocoded here, on the server) or the chosen buurt.
 * `requester`: the address of whoever asks (lib/auth/client-ip.ts), for the geocoder's limit.
 */
export async function resolveClientArea(query: Pick<HelperQuery, "address" | "buurt">, requester: string): Promise<AreaOutcome> {
  let buurtCode = query.buurt;
  let point: ClientArea["point"] | null = null;
  let addressLabel: string | null = null;
  if (query.address) {
    const outcome = await geocodeAddress(query.address, requester);
    if (outcome.status !== "found") return outcome;
    if (!outcome.address.buurtCode) return { status: "outside" };
    buurtCode = outcome.address.buurtCode;
    point = { lat: outcome.address.lat, lng: outcome.address.lng };
    addressLabel = outcome.address.label;
  }
  if (!buurtCode) return { status: "missing" };
  const buurt = await db.buurt.findUnique({
    where: { code: buurtCode },
    select: { code: true, name: true, slug: true, centroidLat: true, centroidLng: true, wijk: { select: { code: true, name: true, slug: true } } },
  });
  if (!buurt) return query.address ? { status: "outside" } : { status: "missing" };
  return {
    status: "found",
    area: {
      buurt: { code: buurt.code, name: buurt.name, slug: buurt.slug },
      wijk: buurt.wijk,
      point: point ?? { lat: buurt.centroidLat, lng: buurt.centroidLng },
      addressLabel,
    },
  };
}

export type ResultContact = {
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Weekly and monthly rules of the place shown, still valid today. */
  hours: ScheduleRule[];
};

export type HelperAnswer = {
  results: (RankedResult & { contact: ResultContact })[];
  /** True when the user's own organisation has agreements among the results. */
  hasOwnAgreements: boolean;
};

const linkSelect = {
  id: true,
  kind: true,
  toOrganizationId: true,
  toServiceId: true,
  whenToRefer: true,
  handoverSteps: true,
  whatToBring: true,
  jointFirstMeeting: true,
  contactRole: true,
  professionalContact: true,
  exampleData: true,
  fromOrganization: { select: { id: true, slug: true, name: true } },
} as const;

async function searchItems(params: Record<string, unknown>, now: Date): Promise<SearchItem[]> {
  const result = await searchServices(searchParamsSchema.parse({ ...params, per_page: 100, sort: "distance" }), { now });
  return result.items;
}

/**
 * Where to refer this client, ranked and explained (see rank.ts). `user` decides two
 * things only: their own organisation's agreements come first, and a professional sees the
 * direct lines meant for professionals.
 */
export async function findReferralHelp(
  query: HelperQuery,
  area: ClientArea,
  options: { now?: Date; user?: Pick<SessionUser, "isProfessional" | "memberships"> | null } = {},
): Promise<HelperAnswer> {
  const now = options.now ?? new Date();
  const near = `${area.point.lat.toFixed(6)},${area.point.lng.toFixed(6)}`;
  const categories = categoriesFor(query.needs);

  const [forNeeds, inBuurt, formalChain, areaRows, links] = await Promise.all([
    categories.length > 0 ? searchItems({ category: categories, near }, now) : Promise.resolve([]),
    searchItems({ buurt: area.buurt.code, near }, now),
    needsFormalDebtRoute(query.needs, query.urgency) ? searchItems({ category: FORMAL_CHAIN_CATEGORIES, near }, now) : Promise.resolve([]),
    db.serviceArea.findMany({ select: { serviceId: true, wijkCode: true, buurtCode: true } }),
    db.referralLink.findMany({
      where: { status: "CONFIRMED", fromOrganization: { status: "PUBLISHED" }, toOrganization: { status: "PUBLISHED" } },
      select: linkSelect,
    }),
  ]);

  const offers = new Map<string, SearchItem>();
  for (const item of [...forNeeds, ...inBuurt, ...formalChain]) offers.set(item.id, item);
  const areas = new Map<string, AreaRow[]>();
  for (const row of areaRows) areas.set(row.serviceId, [...(areas.get(row.serviceId) ?? []), row]);
  const professional = options.user?.isProfessional ?? false;
  const handoverLinks: HandoverLink[] = links.map((link) => ({ ...link, professionalContact: professional ? link.professionalContact : null }));
  const ownOrganizationIds = options.user?.memberships.map((m) => m.organizationId) ?? [];

  const ranked = rankReferrals({
    request: { needs: query.needs, urgency: query.urgency, language: query.language, canTravel: query.canTravel },
    now,
    area: { buurtCode: area.buurt.code, wijkCode: area.wijk.code },
    offers: [...offers.values()],
    areas,
    links: handoverLinks,
    ownOrganizationIds,
  });

  const contacts = await loadContacts(ranked, now);
  return {
    results: ranked.map((result) => ({ ...result, contact: contacts.get(result.item.id) ?? { phone: null, email: null, website: null, hours: [] } })),
    hasOwnAgreements: ranked.some((result) => result.handovers.some((h) => h.fromOwnOrganisation)),
  };
}

/** Phone, e-mail, website and the hours of the shown place, for all results in one query. */
async function loadContacts(ranked: RankedResult[], now: Date): Promise<Map<string, ResultContact>> {
  if (ranked.length === 0) return new Map();
  const services = await db.service.findMany({
    where: { id: { in: [...new Set(ranked.map((r) => r.item.service.id))] } },
    select: {
      id: true,
      phone: true,
      email: true,
      url: true,
      organization: { select: { phone: true, email: true, website: true } },
      locations: {
        where: { locationId: { in: ranked.flatMap((r) => r.item.location?.id ?? []) } },
        select: {
          locationId: true,
          schedules: {
            where: { OR: [{ validTo: null }, { validTo: { gte: new Date(now.getTime() - 24 * 60 * 60 * 1000) } }] },
            orderBy: [{ byDay: "asc" }, { opensAt: "asc" }],
            select: { freq: true, byDay: true, weekOfMonth: true, opensAt: true, closesAt: true, validFrom: true, validTo: true, description: true },
          },
        },
      },
    },
  });
  const byId = new Map(services.map((s) => [s.id, s]));
  return new Map(
    ranked.map((result) => {
      const service = byId.get(result.item.service.id);
      const place = service?.locations.find((l) => l.locationId === result.item.location?.id);
      return [
        result.item.id,
        {
          phone: service?.phone ?? service?.organization.phone ?? null,
          email: service?.email ?? service?.organization.email ?? null,
          website: service?.url ?? service?.organization.website ?? null,
          hours: place?.schedules ?? [],
        },
      ];
    }),
  );
}
