// The referral helper's queries against the seeded database (and the PDOK stub for
// addresses): the Zuidwest scenario from issue 5 — a client in Kanaleneiland with heavy debts,
// a rent arrear and no food, today.
import { describe, expect, it } from "vitest";
import { parseHelperQuery } from "@/lib/referral-helper/params";
import { findReferralHelp, loadHelperOptions, resolveClientArea } from "@/lib/referral-helper/queries";
import { withPdokStub } from "./support/pdok";
import { withTestDatabase } from "./support/test-database";

const t = withTestDatabase();

withPdokStub();

// Thursday 3 December 2026, 11:00 in Utrecht: the Voedselbank hands out food parcels today.
const NOW = new Date("2026-12-03T10:00:00Z");
/** Who asks, for the geocoder's rate limit (tests/integration/rate-limits.test.ts). */
const VISITOR = "203.0.113.200";
const KANALENEILAND_NOORD = "BU03440832";
const SCENARIO = { buurt: KANALENEILAND_NOORD, nodig: ["zware-schulden", "betalingsachterstand", "voedselnood"], spoed: "vandaag" };

async function ask(raw: Record<string, string | string[]>, user: NonNullable<Parameters<typeof findReferralHelp>[2]>["user"] = null, now = NOW) {
  const query = parseHelperQuery(raw);
  const area = await resolveClientArea(query, VISITOR);
  if (area.status !== "found") throw new Error(`no area: ${area.status}`);
  return { area: area.area, answer: await findReferralHelp(query, area.area, { now, user }) };
}

const slugsOf = (answer: Awaited<ReturnType<typeof ask>>["answer"], group: string) =>
  answer.results.filter((r) => r.group === group).map((r) => r.item.organization.slug);

describe("the referral helper: Zuidwest scenario", () => {
  it("names the buurtteams of Kanaleneiland-Noord first, sociaal and jeugd & gezin", async () => {
    const { area, answer } = await ask(SCENARIO);
    expect(area.buurt.name).toBe("Kanaleneiland-Noord");
    expect(area.wijk.name).toBe("Zuidwest");
    expect(answer.results[0].group).toBe("buurtteam");
    expect(slugsOf(answer, "buurtteam")).toEqual(["buurtteam-sociaal-kanaleneiland", "buurtteam-jeugd-en-gezin-zuidwest"]);
    const team = answer.results[0];
    expect(team.reasons[0]).toEqual({ code: "servesBuurt", team: "sociaal" });
    expect(team.contact.phone).toBeTruthy();
  });

  it("takes the formal debt route, the gemeente first because the buurtteam has an agreement with it", async () => {
    const { answer } = await ask(SCENARIO);
    const formal = answer.results.filter((r) => r.group === "formal");
    expect(formal.length).toBeGreaterThan(0);
    expect(formal.every((r) => r.item.organization.track === "SPECIALIST")).toBe(true);
    expect(formal[0].item.organization.slug).toBe("gemeente-utrecht-schulddienstverlening");
    expect(formal[0].item.service.slug).toBe("aanmelden-schuldhulp");
    expect(formal[0].reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["formalRoute", "teamAgreement"]));
    // The warm hand-over the Kanaleneiland team agreed on comes first, with its steps.
    const handover = formal[0].handovers[0];
    expect(handover.fromOrganization.slug).toBe("buurtteam-sociaal-kanaleneiland");
    expect(handover.handoverSteps.length).toBeGreaterThan(2);
    expect(handover.whatToBring).toMatch(/Identiteitsbewijs/);
    expect(handover.jointFirstMeeting).toBe(true);
    expect(handover.contactRole).toBe("schuldhulpverlener wijkteam Zuidwest");
    // Direct lines are for signed-in professionals only.
    expect(handover.professionalContact).toBeNull();
  });

  it("finds food help open today and the agreed alternative for whoever is not eligible for the Voedselbank", async () => {
    const { answer } = await ask(SCENARIO);
    const food = answer.results.filter((r) => r.group === "near" && r.item.service.categories.some((c) => c.slug === "voedsel"));
    expect(food.map((r) => r.item.organization.slug)).toContain("voedselbank-utrecht");
    const voedselbank = food.find((r) => r.item.organization.slug === "voedselbank-utrecht");
    expect(voedselbank?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["meetsNeeds", "hasConditions"]));
    expect(voedselbank?.reasons.some((r) => r.code === "openNow" || r.code === "opensToday")).toBe(true);

    const alternative = answer.results.find((r) => r.group === "alternative" && r.item.organization.slug === "moskee-kanaleneiland");
    expect(alternative?.reasons[0]).toEqual({ code: "alternativeFor", organisation: "Voedselbank Utrecht", viaAgreement: true });
    expect(alternative?.item.service.noRegistration).toBe(true);
    expect(alternative?.handovers[0]).toMatchObject({ kind: "ALTERNATIVE", fromOrganization: { slug: "voedselbank-utrecht" } });
  });

  it("keeps the groups in order and explains every result", async () => {
    const { answer } = await ask(SCENARIO);
    const order = ["buurtteam", "formal", "near", "informal", "alternative"];
    const groups = answer.results.map((r) => order.indexOf(r.group));
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
    for (const result of answer.results) expect(result.reasons.length, result.item.organization.slug).toBeGreaterThan(0);
    // No buurtteam of another buurt, anywhere.
    const teams = answer.results.filter((r) => r.item.organization.track === "BUURTTEAM").map((r) => r.item.organization.slug);
    expect(teams.sort()).toEqual(["buurtteam-jeugd-en-gezin-zuidwest", "buurtteam-sociaal-kanaleneiland"]);
    // One entry per organisation outside the alternatives.
    const main = answer.results.filter((r) => r.group !== "alternative").map((r) => r.item.organization.id);
    expect(new Set(main).size).toBe(main.length);
  });

  it("shows a professional the direct lines, and a member's own agreements first", async () => {
    const team = await t.db.organization.findUniqueOrThrow({ where: { slug: "de-geldzaak" }, select: { id: true } });
    const { answer } = await ask(SCENARIO, { isProfessional: true, memberships: [{ organizationId: team.id, role: "OWNER" }] });
    const gemeente = answer.results.find((r) => r.item.service.slug === "aanmelden-schuldhulp");
    expect(gemeente?.handovers[0].fromOrganization.slug).toBe("de-geldzaak");
    expect(gemeente?.handovers[0].fromOwnOrganisation).toBe(true);
    expect(answer.hasOwnAgreements).toBe(true);
    const fromTeam = gemeente?.handovers.find((h) => h.fromOrganization.slug === "buurtteam-sociaal-kanaleneiland");
    expect(fromTeam?.professionalContact).toMatch(/Ketenlijn/);
  });

  it("answers 'which buurtteam?' from the address alone, geocoded on the server", async () => {
    const { area, answer } = await ask({ adres: "Marshallaan 2" });
    expect(area.addressLabel).toBe("Marshallaan 2, 3527AB Utrecht");
    expect(area.buurt.code).toBe("BU03440831");
    expect(answer.results.map((r) => [r.group, r.item.organization.slug])).toEqual([
      ["buurtteam", "buurtteam-sociaal-kanaleneiland"],
      ["buurtteam", "buurtteam-jeugd-en-gezin-zuidwest"],
    ]);
  });

  it("says so when an address is not found (PDOK looks only in Utrecht), or no buurt is given", async () => {
    expect(await resolveClientArea(parseHelperQuery({ adres: "Damrak 1" }), VISITOR)).toEqual({ status: "not_found" });
    expect(await resolveClientArea(parseHelperQuery({ spoed: "vandaag" }), VISITOR)).toEqual({ status: "missing" });
    expect(await resolveClientArea(parseHelperQuery({ buurt: "BU03449999" }), VISITOR)).toEqual({ status: "missing" });
  });

  it("offers 111 buurten grouped by wijk, and the languages spoken", async () => {
    const options = await loadHelperOptions();
    expect(options.wijken).toHaveLength(10);
    expect(options.wijken.reduce((sum, wijk) => sum + wijk.buurten.length, 0)).toBe(await t.db.buurt.count());
    expect(options.languages).toEqual(expect.arrayContaining(["nl", "ar", "tr"]));
  });

  it("shows the study's formal chain as the formal route: the gemeente, the sociaal raadslieden and De Geldzaak", async () => {
    for (const spoed of ["vandaag", "deze-week", "geen-haast"]) {
      const { answer } = await ask({ ...SCENARIO, spoed });
      const formal = slugsOf(answer, "formal");
      expect(formal[0], spoed).toBe("gemeente-utrecht-schulddienstverlening");
      expect([...formal].sort(), spoed).toEqual(["de-geldzaak", "gemeente-utrecht-schulddienstverlening", "u-centraal-sociaal-raadslieden"]);
      // Other professionals still help, but not as the formal route.
      const groupOf = (slug: string) => answer.results.find((r) => r.item.organization.slug === slug)?.group;
      for (const slug of ["de-tussenvoorziening", "juridisch-loket", "gemeente-utrecht-huishoudboekje"]) expect(groupOf(slug), `${spoed}: ${slug}`).not.toBe("formal");
      for (const slug of ["u-centraal-sociaal-raadslieden", "de-geldzaak"]) expect(groupOf(slug), `${spoed}: ${slug}`).not.toBe("near");
    }
  });

  it("at 01:30 orders 'help nearby, open soonest first' by the moment it opens, and says 'opens later today' of what is closed", async () => {
    // Thursday 3 December 2026, 01:30 in Utrecht: nothing in the seed is open.
    const night = new Date("2026-12-03T00:30:00Z");
    for (const spoed of ["vandaag", "deze-week", "geen-haast"]) {
      const { answer } = await ask({ ...SCENARIO, spoed }, null, night);
      const near = answer.results.filter((r) => r.group === "near");
      expect(near.length, spoed).toBeGreaterThan(3);
      const starts = near.map((r) => (r.item.open.status === "open" ? night.getTime() : r.item.open.nextOpening ? Date.parse(r.item.open.nextOpening.start) : Infinity));
      expect(starts, spoed).toEqual([...starts].sort((a, b) => a - b));
      // Not by distance: the Voedselbank's place 73 m away opens at 13:00, after places further away that open at 09:00.
      const distances = near.map((r) => r.item.distance ?? Infinity);
      if (spoed !== "vandaag") expect(distances, spoed).not.toEqual([...distances].sort((a, b) => a - b));
      for (const result of answer.results) {
        const codes = result.reasons.map((r) => r.code);
        expect(codes, result.item.organization.slug).not.toContain("openNow");
        if (codes.includes("opensToday")) expect(result.item.open.status).toBe("closed");
      }
    }
  });

  it("stores nothing about the question", async () => {
    const tables = ["referralLink", "organization", "service", "user"] as const;
    const before = await Promise.all(tables.map((table) => (t.db[table] as { count: () => Promise<number> }).count()));
    await ask(SCENARIO);
    const after = await Promise.all(tables.map((table) => (t.db[table] as { count: () => Promise<number> }).count()));
    expect(after).toEqual(before);
  });
});
