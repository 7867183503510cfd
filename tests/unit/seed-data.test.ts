// The hand-written seed is data people will edit: these checks catch a typo before a database
// ever sees it.
import { describe, expect, it } from "vitest";
import { categories } from "@/prisma/seed/categories";
import { locations } from "@/prisma/seed/locations";
import { buurten, wijken } from "@/prisma/seed/neighbourhoods";
import { networks } from "@/prisma/seed/networks";
import { organisations } from "@/prisma/seed/organisations";
import { referrals } from "@/prisma/seed/referrals";
import { FORMAL_CHAIN_CATEGORIES, FORMAL_CHAIN_SLUGS, isFormalChain } from "@/lib/referral-helper/formal-chain";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const unique = (values: string[]) => new Set(values).size === values.length;

describe("Utrecht seed", () => {
  it("has all 10 wijken and 111 buurten with valid CBS codes", () => {
    expect(wijken).toHaveLength(10);
    expect(buurten).toHaveLength(111);
    expect(wijken.every((w) => /^WK0344\d{2}$/.test(w.code))).toBe(true);
    expect(buurten.every((b) => /^BU0344\d{4}$/.test(b.code) && wijken.some((w) => w.code === b.wijkCode))).toBe(true);
    expect(unique(buurten.map((b) => b.slug))).toBe(true);
  });

  it("has at least 40 organisations, formal and informal, with unique slugs", () => {
    expect(organisations.length).toBeGreaterThanOrEqual(40);
    expect(unique(organisations.map((o) => o.slug))).toBe(true);
    expect(organisations.some((o) => o.kind === "FORMAL")).toBe(true);
    expect(organisations.filter((o) => o.kind === "INFORMAL").length).toBeGreaterThanOrEqual(15);
  });

  it("names the partners from the study", () => {
    const names = organisations.map((o) => o.name).join("\n");
    for (const expected of [/Schulddienstverlening/, /Geldzaak/, /Tussenvoorziening/, /Voedselbank/, /Leger des Heils/, /SchuldHulpMaatje/i, /Humanitas/, /Al Amal/, /U Centraal/, /Huishoudboekje/i]) {
      expect(names).toMatch(expected);
    }
  });

  it("follows the study's division: the formal chain is professional, the sociale basis informal", () => {
    const bySlug = new Map(organisations.map((o) => [o.slug, o]));
    // The formal chain besides the buurtteams, as the referral helper names it.
    for (const slug of FORMAL_CHAIN_SLUGS) expect({ slug, kind: bySlug.get(slug)?.kind, track: bySlug.get(slug)?.track }).toEqual({ slug, kind: "FORMAL", track: "SPECIALIST" });
    expect(FORMAL_CHAIN_SLUGS).toEqual(["gemeente-utrecht-schulddienstverlening", "u-centraal-sociaal-raadslieden", "de-geldzaak"]);
    // Other professionals are no part of that chain, and U Centraal's financial volunteers are volunteers.
    for (const slug of ["de-tussenvoorziening", "juridisch-loket", "gemeente-utrecht-huishoudboekje"]) {
      expect(bySlug.get(slug)?.track).toBe("SPECIALIST");
      expect(isFormalChain(slug)).toBe(false);
    }
    expect(bySlug.get("u-centraal-financieel-vrijwilligers")?.track).toBe("SOCIALE_BASIS");
    // Each chain partner has a service the helper's formal search finds.
    for (const slug of FORMAL_CHAIN_SLUGS) {
      const services = bySlug.get(slug)?.services ?? [];
      expect(services.some((service) => service.categories.some((c) => FORMAL_CHAIN_CATEGORIES.includes(c)))).toBe(true);
    }
  });

  it("only refers to locations, categories and neighbourhoods that exist", () => {
    const locationKeys = new Set(locations.map((l) => l.key));
    const categorySlugs = new Set(categories.map((c) => c.slug));
    const buurtCodes = new Set(buurten.map((b) => b.code));
    const wijkCodes = new Set(wijken.map((w) => w.code));
    expect(unique(locations.map((l) => l.key))).toBe(true);
    for (const location of locations) expect(buurtCodes.has(location.buurtCode), location.key).toBe(true);
    for (const organisation of organisations) {
      for (const key of organisation.locations) expect(locationKeys.has(key), `${organisation.slug} → ${key}`).toBe(true);
      expect(unique(organisation.services.map((s) => s.slug)), organisation.slug).toBe(true);
      for (const service of organisation.services) {
        for (const slug of service.categories) expect(categorySlugs.has(slug), `${service.slug} → ${slug}`).toBe(true);
        for (const code of service.areas?.buurten ?? []) expect(buurtCodes.has(code), code).toBe(true);
        for (const code of service.areas?.wijken ?? []) expect(wijkCodes.has(code), code).toBe(true);
        for (const at of service.at) {
          expect(locationKeys.has(at.location), `${service.slug} @ ${at.location}`).toBe(true);
          for (const hours of at.hours) {
            expect(hours.opens, service.slug).toMatch(TIME);
            expect(hours.closes, service.slug).toMatch(TIME);
          }
        }
      }
    }
  });

  it("lets one hub host six partners (NOA in Overvecht)", () => {
    const hosted = new Map<string, number>();
    for (const organisation of organisations) for (const key of organisation.locations) hosted.set(key, (hosted.get(key) ?? 0) + 1);
    expect(Math.max(...hosted.values())).toBeGreaterThanOrEqual(6);
  });

  it("gives every buurt exactly one sociaal buurtteam and one jeugd & gezin buurtteam", () => {
    const teams = organisations.filter((o) => o.track === "BUURTTEAM");
    for (const kind of [/sociaal/i, /jeugd/i]) {
      const served = teams
        .filter((o) => kind.test(o.name))
        .flatMap((o) => o.services.flatMap((s) => s.areas?.buurten ?? []));
      expect(served.length, String(kind)).toBe(111);
      expect(new Set(served).size, String(kind)).toBe(111);
    }
  });

  it("has referral links and networks between organisations that exist", () => {
    const slugs = new Set(organisations.map((o) => o.slug));
    expect(referrals.length).toBeGreaterThanOrEqual(20);
    for (const r of referrals) {
      expect(slugs.has(r.from) && slugs.has(r.to), `${r.from} → ${r.to}`).toBe(true);
      expect(r.from).not.toBe(r.to);
      expect(r.handoverSteps.length).toBeGreaterThan(0);
    }
    expect(referrals.some((r) => r.kind === "ALTERNATIVE")).toBe(true);
    expect(networks.length).toBeGreaterThanOrEqual(4);
    for (const n of networks) for (const member of n.members) expect(slugs.has(member), `${n.slug} → ${member}`).toBe(true);
  });
});
