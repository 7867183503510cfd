import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AccessMode, Track } from "@/lib/generated/prisma/enums";
import {
  bestPerService,
  compareFit,
  fitReasons,
  isOpenToday,
  rankReferrals,
  servesClient,
  type AreaRow,
  type HandoverLink,
  type HelperRequest,
  type RankInput,
} from "@/lib/referral-helper/rank";
import type { SearchItem } from "@/lib/search/types";

// Thursday 3 December 2026, 11:00 in Utrecht.
const NOW = new Date("2026-12-03T10:00:00Z");
const AREA = { buurtCode: "BU03440832", wijkCode: "WK034408" };

type ItemSpec = {
  id?: string;
  service: string;
  org: string;
  track?: Track;
  categories?: string[];
  access?: AccessMode[];
  languages?: string[];
  noRegistration?: boolean;
  eligibility?: string | null;
  distance?: number | null;
  open?: SearchItem["open"];
};

const closed = (start: string | null): SearchItem["open"] => ({
  status: "closed",
  closesAt: null,
  nextOpening: start ? { start, end: start } : null,
  reason: null,
});
const OPEN: SearchItem["open"] = { status: "open", closesAt: "2026-12-03T15:00:00Z", nextOpening: null, reason: null };
const OPEN_AT = (now: Date): SearchItem["open"] => ({ status: "open", closesAt: new Date(now.getTime() + 3_600_000).toISOString(), nextOpening: null, reason: null });

function item(spec: ItemSpec): SearchItem {
  return {
    id: spec.id ?? `${spec.service}@place`,
    service: {
      id: spec.service,
      slug: spec.service,
      name: spec.service,
      description: "",
      categories: (spec.categories ?? ["schuldhulp"]).map((slug) => ({ slug, name: slug, nameEn: slug })),
      phases: [],
      accessModes: spec.access ?? ["WALK_IN"],
      languages: spec.languages ?? ["nl"],
      eligibility: spec.eligibility ?? null,
      isFree: true,
      costNote: null,
      noRegistration: spec.noRegistration ?? false,
      capacity: "OPEN",
      textLanguages: { description: "nl", eligibility: "nl" },
    },
    organization: { id: spec.org, slug: spec.org, name: spec.org, kind: "FORMAL", track: spec.track ?? "SOCIALE_BASIS", exampleData: false },
    location: null,
    open: spec.open ?? closed(null),
    distance: spec.distance === undefined ? 1000 : spec.distance,
  };
}

function link(spec: Partial<HandoverLink> & { from: string; to: string; toService?: string | null }): HandoverLink {
  return {
    id: spec.id ?? `${spec.from}->${spec.to}`,
    kind: spec.kind ?? "HEAVIER_HELP",
    fromOrganization: { id: spec.from, slug: spec.from, name: spec.from },
    toOrganizationId: spec.to,
    toServiceId: spec.toService ?? null,
    whenToRefer: "als het nodig is",
    handoverSteps: ["Bel samen."],
    whatToBring: null,
    jointFirstMeeting: false,
    contactRole: null,
    professionalContact: null,
    exampleData: false,
  };
}

const request = (overrides: Partial<HelperRequest> = {}): HelperRequest => ({
  needs: ["zware-schulden", "betalingsachterstand", "voedselnood"],
  urgency: "vandaag",
  language: null,
  canTravel: true,
  ...overrides,
});

function rank(overrides: Partial<RankInput> & { offers: SearchItem[] }) {
  return rankReferrals({ request: request(), now: NOW, area: AREA, areas: new Map(), links: [], ...overrides });
}

const teamAreas = (entries: Record<string, AreaRow[]>) => new Map(Object.entries(entries));

// A small Zuidwest: two teams of its own, one of another wijk, the gemeente, food help.
const sociaal = item({ service: "bt-sociaal", org: "buurtteam-sociaal-kanaleneiland", track: "BUURTTEAM", categories: ["schuldhulp"], distance: 900 });
const jeugd = item({ service: "bt-jeugd", org: "buurtteam-jeugd-en-gezin-zuidwest", track: "BUURTTEAM", categories: ["opvoeding-en-gezin"], distance: 900 });
const otherTeam = item({ service: "bt-west", org: "buurtteam-sociaal-west", track: "BUURTTEAM", categories: ["schuldhulp"], distance: 300 });
// The formal chain is named by slug (lib/referral-helper/formal-chain.ts).
const GEMEENTE = "gemeente-utrecht-schulddienstverlening";
const gemeente = item({ service: "aanmelden", org: GEMEENTE, track: "SPECIALIST", categories: ["schuldhulp"], eligibility: "Inwoners van Utrecht", distance: 2000, open: OPEN });
const voedselbank = item({ service: "pakket", org: "voedselbank", categories: ["voedsel"], eligibility: "Alleen na aanmelding", distance: 1800, open: closed("2026-12-03T12:00:00Z") });
const moskee = item({ service: "moskee-pakket", org: "moskee", categories: ["voedsel"], noRegistration: true, distance: 800, open: closed("2026-12-04T13:30:00Z") });
const diaconie = item({ service: "noodhulp", org: "diaconie", categories: ["voedsel"], noRegistration: true, distance: 2300, open: closed("2026-12-05T10:00:00Z") });
const geldcafe = item({ service: "geldcafe", org: "geldcafe", categories: ["administratie"], noRegistration: true, distance: 500 });
const areas = teamAreas({
  "bt-sociaal": [{ wijkCode: null, buurtCode: "BU03440832" }],
  "bt-jeugd": [{ wijkCode: "WK034408", buurtCode: null }],
  "bt-west": [{ wijkCode: "WK034401", buurtCode: null }],
});

describe("rankReferrals: the order of the groups", () => {
  const results = rank({
    request: request({ needs: ["zware-schulden", "betalingsachterstand", "voedselnood", "administratie"] }),
    offers: [diaconie, geldcafe, moskee, voedselbank, gemeente, otherTeam, jeugd, sociaal],
    areas,
    links: [link({ from: "voedselbank", to: "moskee", kind: "ALTERNATIVE" }), link({ from: "buurtteam-sociaal-kanaleneiland", to: GEMEENTE })],
  });

  it("goes buurtteam → formal route → near and open soonest → informal → alternatives", () => {
    expect(results.map((r) => [r.group, r.item.organization.slug])).toEqual([
      ["buurtteam", "buurtteam-sociaal-kanaleneiland"],
      ["buurtteam", "buurtteam-jeugd-en-gezin-zuidwest"],
      ["formal", GEMEENTE],
      ["near", "voedselbank"],
      ["near", "diaconie"],
      ["informal", "geldcafe"],
      ["alternative", "moskee"],
    ]);
  });

  it("leaves out the buurtteam of another wijk, however near its office is", () => {
    expect(results.some((r) => r.item.organization.slug === "buurtteam-sociaal-west")).toBe(false);
  });

  it("explains every result", () => {
    for (const result of results) expect(result.reasons.length, result.item.organization.slug).toBeGreaterThan(0);
    expect(results[0].reasons[0]).toEqual({ code: "servesBuurt", team: "sociaal" });
    expect(results[1].reasons[0]).toEqual({ code: "servesBuurt", team: "jeugdEnGezin" });
    expect(results[2].reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["formalRoute", "teamAgreement", "meetsNeeds", "openNow"]));
    expect(results.find((r) => r.item.organization.slug === "voedselbank")?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["opensToday", "hasConditions"]),
    );
    expect(results.find((r) => r.group === "informal")?.reasons[0]).toEqual({ code: "lighterHelp" });
    expect(results.find((r) => r.group === "alternative")?.reasons[0]).toEqual({ code: "alternativeFor", organisation: "voedselbank", viaAgreement: true });
  });

  it("brings the confirmed hand-over agreements leading to each result", () => {
    const formal = results.find((r) => r.group === "formal");
    expect(formal?.handovers.map((h) => h.fromOrganization.slug)).toEqual(["buurtteam-sociaal-kanaleneiland"]);
    const alternative = results.find((r) => r.group === "alternative");
    expect(alternative?.handovers.map((h) => [h.fromOrganization.slug, h.kind])).toEqual([["voedselbank", "ALTERNATIVE"]]);
  });
});

describe("rankReferrals: when each group appears", () => {
  it("shows only the buurtteams when no need is ticked (which team serves this address?)", () => {
    const results = rank({ request: request({ needs: [] }), offers: [sociaal, jeugd, gemeente, moskee], areas });
    expect(results.map((r) => r.group)).toEqual(["buurtteam", "buurtteam"]);
  });

  it("shows the study's formal chain as the formal route: the gemeente, the sociaal raadslieden and De Geldzaak, not other specialists", () => {
    const raadslieden = item({ service: "spreekuur", org: "u-centraal-sociaal-raadslieden", track: "SPECIALIST", categories: ["juridisch-advies", "toeslagen"], eligibility: "Neem je brieven mee.", distance: 2500, open: closed("2026-12-03T12:00:00Z") });
    const geldzaak = item({ service: "inloop-geldvragen", org: "de-geldzaak", track: "SPECIALIST", categories: ["geldvragen", "schuldhulp"], noRegistration: true, distance: 2600, open: OPEN });
    const loket = item({ service: "juridisch-advies", org: "juridisch-loket", track: "SPECIALIST", categories: ["juridisch-advies", "schuldhulp"], eligibility: "Laag inkomen", distance: 1700, open: OPEN });
    const huishoudboekje = item({ service: "huishoudboekje", org: "gemeente-utrecht-huishoudboekje", track: "SPECIALIST", categories: ["administratie", "schuldhulp"], eligibility: "Vrijwillig", distance: 1900, open: OPEN });
    const tussenvoorziening = item({ service: "budgetbeheer", org: "de-tussenvoorziening", track: "SPECIALIST", categories: ["administratie", "beschermingsbewind"], eligibility: "Via het buurtteam", distance: 2300, open: OPEN });
    const results = rank({
      request: request({ needs: ["zware-schulden"] }),
      offers: [tussenvoorziening, huishoudboekje, loket, geldzaak, raadslieden, gemeente, sociaal],
      areas,
      links: [link({ from: "buurtteam-sociaal-kanaleneiland", to: GEMEENTE })],
    });
    const groupOf = (slug: string) => results.find((r) => r.item.organization.slug === slug)?.group;
    // The agreed hand-over first, then by fit (open today, soonest first).
    expect(results.filter((r) => r.group === "formal").map((r) => r.item.organization.slug)).toEqual([GEMEENTE, "de-geldzaak", "u-centraal-sociaal-raadslieden"]);
    for (const slug of ["juridisch-loket", "gemeente-utrecht-huishoudboekje", "de-tussenvoorziening"]) expect(groupOf(slug), slug).toBe("near");
    expect(results.find((r) => r.item.organization.slug === "juridisch-loket")?.reasons.map((r) => r.code)).not.toContain("formalRoute");
  });

  it("takes the formal route only for heavy debts or arrears that cannot wait", () => {
    const light = rank({ request: request({ needs: ["betalingsachterstand"], urgency: "geen-haast" }), offers: [gemeente], areas });
    expect(light.map((r) => r.group)).toEqual(["near"]);
    const urgent = rank({ request: request({ needs: ["betalingsachterstand"], urgency: "deze-week" }), offers: [gemeente], areas });
    expect(urgent.map((r) => r.group)).toEqual(["formal"]);
    const heavy = rank({ request: request({ needs: ["zware-schulden"], urgency: "geen-haast" }), offers: [gemeente], areas });
    expect(heavy.map((r) => r.group)).toEqual(["formal"]);
  });

  it("counts arrears without hurry as lighter help, for volunteers in the neighbourhood", () => {
    const inloop = item({ service: "inloop", org: "inloop", categories: ["geldvragen"], noRegistration: true });
    const results = rank({ request: request({ needs: ["betalingsachterstand"], urgency: "geen-haast" }), offers: [inloop] });
    expect(results.map((r) => r.group)).toEqual(["informal"]);
  });

  it("offers help without registration of the same kind as an alternative when the near list is full, even without an agreement", () => {
    const others = Array.from({ length: 8 }, (_, i) =>
      item({ service: `vb-${i}`, org: `vb-${i}`, categories: ["voedsel"], eligibility: "Alleen na aanmelding", distance: 100 + i, open: OPEN }),
    );
    const results = rank({ request: request({ needs: ["voedselnood"] }), offers: [moskee, ...others] });
    expect(results.map((r) => r.group)).toEqual([...Array(8).fill("near"), "alternative"]);
    expect(results[8].item.organization.slug).toBe("moskee");
    expect(results[8].reasons[0]).toEqual({ code: "alternativeFor", organisation: "vb-0", viaAgreement: false });
  });

  it("gives every need its turn in the near list, then orders it by fit", () => {
    const debts = Array.from({ length: 9 }, (_, i) => item({ service: `debt-${i}`, org: `debt-${i}`, categories: ["schuldhulp"], distance: 100 + i, open: OPEN }));
    const food = item({ service: "food", org: "food", categories: ["voedsel"], noRegistration: true, distance: 4000, open: closed("2026-12-03T14:00:00Z") });
    const results = rank({ request: request({ needs: ["betalingsachterstand", "voedselnood"], urgency: "vandaag" }), offers: [...debts, food] });
    const near = results.filter((r) => r.group === "near").map((r) => r.item.service.id);
    expect(near).toHaveLength(8);
    expect(near).toContain("food");
    // Open now before opening later today: the food help comes last.
    expect(near.at(-1)).toBe("food");
  });

  it("keeps help without registration in the near list when there is room: it can be used today", () => {
    const results = rank({ request: request({ needs: ["voedselnood"] }), offers: [voedselbank, moskee] });
    // The moskee is nearer but the Voedselbank is open today: it comes first.
    expect(results.map((r) => [r.group, r.item.organization.slug])).toEqual([
      ["near", "voedselbank"],
      ["near", "moskee"],
    ]);
  });

  it("does not call help an alternative when nothing shown has conditions", () => {
    const results = rank({ request: request({ needs: ["voedselnood"] }), offers: [moskee, diaconie] });
    expect(results.every((r) => r.group === "near")).toBe(true);
  });

  it("shows one service per organisation, the best fitting one", () => {
    const second = item({ service: "crisishulp", org: GEMEENTE, track: "SPECIALIST", categories: ["schuldhulp"], eligibility: "x", distance: 2000 });
    const results = rank({ offers: [second, gemeente] });
    expect(results.filter((r) => r.item.organization.id === GEMEENTE).map((r) => r.item.service.id)).toEqual(["aanmelden"]);
  });

  it("leaves out services bound to other buurten", () => {
    const elsewhere = item({ service: "burenhulp", org: "burenhulp", categories: ["voedsel"], noRegistration: true });
    const results = rank({ request: request({ needs: ["voedselnood"] }), offers: [elsewhere], areas: teamAreas({ burenhulp: [{ wijkCode: "WK034403", buurtCode: null }] }) });
    expect(results).toEqual([]);
  });
});

describe("the near list: open soonest first, as its heading says", () => {
  // Thursday 3 December 2026, 01:30 in Utrecht: nothing is open yet.
  const NIGHT = new Date("2026-12-03T00:30:00Z");
  const spec = { categories: ["voedsel"], noRegistration: true };
  const nearestTonight = item({ ...spec, service: "near-1300", org: "a", distance: 70, open: closed("2026-12-03T12:00:00Z") });
  const nextWeek = item({ ...spec, service: "near-monday", org: "b", distance: 230, open: closed("2026-12-07T09:00:00Z") });
  const morning = item({ ...spec, service: "far-0900", org: "c", distance: 1900, open: closed("2026-12-03T08:00:00Z") });
  const alsoMorning = item({ ...spec, service: "farther-0900", org: "d", distance: 2900, open: closed("2026-12-03T08:00:00Z") });
  const noHours = item({ ...spec, service: "unknown", org: "e", distance: 10, open: { status: "unknown", closesAt: null, nextOpening: null, reason: null } });
  const nearOrder = (urgency: HelperRequest["urgency"], extra: Partial<HelperRequest> = {}) =>
    rankReferrals({ request: request({ needs: ["voedselnood"], urgency, ...extra }), now: NIGHT, area: AREA, areas: new Map(), links: [], offers: [noHours, nextWeek, alsoMorning, nearestTonight, morning] })
      .filter((r) => r.group === "near")
      .map((r) => r.item.service.id);

  for (const urgency of ["vandaag", "deze-week", "geen-haast"] as const) {
    it(`orders by the moment it opens, then distance, not by distance alone (${urgency})`, () => {
      expect(nearOrder(urgency)).toEqual(["far-0900", "farther-0900", "near-1300", "near-monday", "unknown"]);
    });
  }

  it("puts help in the client's language first, then soonest open (the intro says so)", () => {
    const arabic = item({ ...spec, service: "arabic-monday", org: "f", languages: ["nl", "ar"], distance: 4000, open: closed("2026-12-07T09:00:00Z") });
    const order = rankReferrals({ request: request({ needs: ["voedselnood"], language: "ar" }), now: NIGHT, area: AREA, areas: new Map(), links: [], offers: [morning, arabic, nearestTonight] })
      .filter((r) => r.group === "near")
      .map((r) => r.item.service.id);
    expect(order).toEqual(["arabic-monday", "far-0900", "near-1300"]);
  });

  it("orders by opening moment at any moment and any distances (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ opensInMinutes: fc.option(fc.integer({ min: 0, max: 14 * 24 * 60 }), { nil: null }), distance: fc.integer({ min: 0, max: 6000 }) }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom("vandaag", "deze-week", "geen-haast"),
        (specs, urgency) => {
          const offers = specs.map(({ opensInMinutes, distance }, i) =>
            item({
              ...spec,
              service: `s${i}`,
              org: `o${i}`,
              distance,
              open: opensInMinutes === 0 ? OPEN_AT(NIGHT) : closed(opensInMinutes === null ? null : new Date(NIGHT.getTime() + opensInMinutes * 60_000).toISOString()),
            }),
          );
          const near = rankReferrals({ request: request({ needs: ["voedselnood"], urgency }), now: NIGHT, area: AREA, areas: new Map(), links: [], offers }).filter((r) => r.group === "near");
          const starts = near.map((r) => (r.item.open.status === "open" ? NIGHT.getTime() : r.item.open.nextOpening ? Date.parse(r.item.open.nextOpening.start) : Infinity));
          expect(starts).toEqual([...starts].sort((a, b) => a - b));
        },
      ),
    );
  });
});

describe("ordering within a group", () => {
  it("puts help open today first when it is urgent, soonest first, then by distance", () => {
    const tomorrow = item({ service: "a", org: "a", distance: 100, open: closed("2026-12-04T09:00:00Z") });
    const later = item({ service: "b", org: "b", distance: 3000, open: closed("2026-12-03T15:00:00Z") });
    const sooner = item({ service: "c", org: "c", distance: 5000, open: closed("2026-12-03T12:00:00Z") });
    const open = item({ service: "d", org: "d", distance: 9000, open: OPEN });
    const order = (r: HelperRequest) => [tomorrow, later, sooner, open].sort((x, y) => compareFit(x, y, r, NOW)).map((i) => i.service.id);
    expect(order(request({ urgency: "vandaag" }))).toEqual(["d", "c", "b", "a"]);
    // Without hurry the nearest comes first.
    expect(order(request({ urgency: "geen-haast" }))).toEqual(["a", "b", "c", "d"]);
  });

  it("prefers home visits, phone, online or very near help when the client cannot travel", () => {
    const far = item({ service: "far", org: "far", distance: 4000, open: OPEN });
    const home = item({ service: "home", org: "home", distance: 6000, access: ["HOME_VISIT"], open: closed("2026-12-04T09:00:00Z") });
    const veryNear = item({ service: "near", org: "near", distance: 600, open: closed("2026-12-05T09:00:00Z") });
    const byPhone = item({ service: "phone", org: "phone", distance: null, access: ["PHONE"], open: closed("2026-12-04T08:00:00Z") });
    const r = request({ canTravel: false });
    expect([far, home, veryNear, byPhone].sort((a, b) => compareFit(a, b, r, NOW)).map((i) => i.service.id)).toEqual(["phone", "home", "near", "far"]);
    expect(fitReasons(home, r, NOW)).toContainEqual({ code: "comesToClient", modes: ["HOME_VISIT"] });
    // When the client can travel, the open one wins.
    expect([far, home].sort((a, b) => compareFit(a, b, request(), NOW))[0].service.id).toBe("far");
  });

  it("boosts help in the client's language, and says so", () => {
    const dutch = item({ service: "nl", org: "nl", distance: 100, open: OPEN });
    const arabic = item({ service: "ar", org: "ar", distance: 4000, languages: ["nl", "ar"], open: closed("2026-12-04T09:00:00Z") });
    const r = request({ language: "ar" });
    expect([dutch, arabic].sort((a, b) => compareFit(a, b, r, NOW)).map((i) => i.service.id)).toEqual(["ar", "nl"]);
    expect(fitReasons(arabic, r, NOW)).toContainEqual({ code: "speaksLanguage", language: "ar" });
    // Dutch is no preference: everyone on the map speaks it.
    expect([dutch, arabic].sort((a, b) => compareFit(a, b, request({ language: "nl" }), NOW))[0].service.id).toBe("nl");
  });

  it("keeps the best place of a service with several", () => {
    const far = item({ id: "p1", service: "pakket", org: "vb", distance: 5000, open: OPEN });
    const nearClosed = item({ id: "p2", service: "pakket", org: "vb", distance: 500, open: closed("2026-12-08T09:00:00Z") });
    expect(bestPerService([nearClosed, far], request(), NOW).map((i) => i.id)).toEqual(["p1"]);
    expect(bestPerService([far, nearClosed], request({ urgency: "geen-haast" }), NOW).map((i) => i.id)).toEqual(["p2"]);
  });
});

describe("small facts", () => {
  it("knows open today in Amsterdam time", () => {
    expect(isOpenToday(item({ service: "x", org: "x", open: closed("2026-12-03T22:30:00Z") }), NOW)).toBe(true); // 23:30 local
    expect(isOpenToday(item({ service: "x", org: "x", open: closed("2026-12-03T23:30:00Z") }), NOW)).toBe(false); // 00:30 tomorrow
    expect(isOpenToday(item({ service: "x", org: "x", open: OPEN }), NOW)).toBe(true);
    expect(isOpenToday(item({ service: "x", org: "x", open: closed(null) }), NOW)).toBe(false);
  });

  it("treats a service without areas as city-wide", () => {
    expect(servesClient("x", new Map(), AREA)).toBe(true);
    expect(servesClient("x", teamAreas({ x: [{ wijkCode: "WK034408", buurtCode: null }] }), AREA)).toBe(true);
    expect(servesClient("x", teamAreas({ x: [{ wijkCode: null, buurtCode: "BU03440831" }] }), AREA)).toBe(false);
  });

  it("puts the user's own organisation's agreements first", () => {
    const links = [link({ id: "l1", from: "aaa", to: GEMEENTE }), link({ id: "l2", from: "zzz-own", to: GEMEENTE })];
    const results = rank({ request: request({ needs: ["zware-schulden"] }), offers: [gemeente], links, ownOrganizationIds: ["zzz-own"] });
    expect(results[0].handovers.map((h) => [h.id, h.fromOwnOrganisation])).toEqual([
      ["l2", true],
      ["l1", false],
    ]);
  });

  it("shows agreements about another service of the organisation not under this one", () => {
    const links = [link({ id: "l1", from: "a", to: GEMEENTE, toService: "jongeren" }), link({ id: "l2", from: "b", to: GEMEENTE, toService: "aanmelden" })];
    const results = rank({ request: request({ needs: ["zware-schulden"] }), offers: [gemeente], links });
    expect(results[0].handovers.map((h) => h.id)).toEqual(["l2"]);
  });
});
