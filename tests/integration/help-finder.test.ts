// The help finder's answer against the seeded database (and the PDOK stub for postcodes): a
// resident of Kanaleneiland-Noord with a deurwaarder at the door and no food, today, who
// speaks Arabic; the same by postcode; and someone who does not know what is going on.
import { describe, expect, it } from "vitest";
import { findHelp, loadFinderOptions, resolveFinderArea } from "@/lib/help-finder/answer";
import { parseHelpQuery } from "@/lib/help-finder/query";
import { remoteModes, VERY_NEAR_METRES } from "@/lib/referral-helper/rank";
import { withPdokStub } from "./support/pdok";
import { withTestDatabase } from "./support/test-database";

withTestDatabase();
withPdokStub();

// Thursday 3 December 2026, 11:00 in Utrecht: the Voedselbank hands out food parcels today.
const NOW = new Date("2026-12-03T10:00:00Z");
/** Who asks, for the geocoder's rate limit. */
const VISITOR = "203.0.113.201";
const KANALENEILAND_NOORD = "BU03440832";

async function ask(raw: Record<string, string | string[]>, locale = "nl") {
  const options = await loadFinderOptions();
  const { query, errors } = parseHelpQuery(raw, { locale, languages: options.languages });
  expect(errors).toEqual({});
  const area = await resolveFinderArea(query, VISITOR);
  if (area.status !== "found") throw new Error(`no area: ${area.status}`);
  return { query, area: area.area, answer: await findHelp(query, area.area, NOW) };
}

describe("the help finder's answer", () => {
  it("a deurwaarder and no food today, in Arabic: the buurtteams, the gemeente's debt help, food open today, Arabic first", async () => {
    const { area, answer } = await ask({ wat: ["deurwaarder", "eten"], spoed: "vandaag", buurt: KANALENEILAND_NOORD, taal: "ar", gaan: "ja" }, "ar");
    expect(area.buurt.name).toBe("Kanaleneiland-Noord");
    expect(answer.teams.map((team) => team.slug)).toEqual(["buurtteam-sociaal-kanaleneiland", "buurtteam-jeugd-en-gezin-zuidwest"]);
    expect(answer.teams[0].phone).toBeTruthy();

    const slugs = answer.help.map((result) => result.item.organization.slug);
    expect(answer.help.some((result) => result.item.organization.track === "BUURTTEAM")).toBe(false);
    const formal = answer.help.filter((result) => result.group === "formal");
    expect(formal[0].item.organization.slug).toBe("gemeente-utrecht-schulddienstverlening");
    expect(slugs).toContain("voedselbank-utrecht");

    // Help for food, open today; the list that promises "open soonest" puts Arabic speakers first.
    const near = answer.help.filter((result) => result.group === "near");
    expect(near.some((result) => result.item.service.categories.some((c) => c.slug === "voedsel"))).toBe(true);
    const speaks = near.map((result) => result.item.service.languages.includes("ar"));
    expect(speaks[0]).toBe(true);
    expect(speaks).toEqual([...speaks].sort((a, b) => Number(b) - Number(a)));
    expect(near.filter((r) => r.item.service.languages.includes("ar")).every((r) => r.reasons.some((reason) => reason.code === "speaksLanguage"))).toBe(true);
    // No professional's direct line reaches a resident.
    expect(answer.help.flatMap((result) => result.handovers).every((handover) => handover.professionalContact === null)).toBe(true);
  });

  it("finds the buurt from a postcode through PDOK (the stub), the same way as the referral helper", async () => {
    const { area, answer } = await ask({ wat: "achterstand", postcode: "3527AB", spoed: "deze-week" });
    expect(area.buurt.name).toBe("Kanaleneiland-Zuid");
    expect(area.wijk.name).toBe("Zuidwest");
    expect(answer.teams.length).toBeGreaterThan(0);
    expect(answer.help.length).toBeGreaterThan(0);
  });

  it("someone who cannot go anywhere gets help they can call, or that is very near, first", async () => {
    const { answer } = await ask({ wat: "post", spoed: "deze-week", buurt: KANALENEILAND_NOORD, gaan: "nee" });
    const near = answer.help.filter((result) => result.group === "near");
    expect(near.length).toBeGreaterThan(0);
    const reachable = (r: (typeof near)[number]) => remoteModes(r.item).length > 0 || (r.item.distance ?? Infinity) <= VERY_NEAR_METRES;
    expect(reachable(near[0])).toBe(true);
    const flags = near.map(reachable);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it("'I don't know' gives the buurtteams and no list of services: the buurtteam is where it starts", async () => {
    const { answer } = await ask({ wat: "weet-niet", spoed: "geen-haast", buurt: KANALENEILAND_NOORD });
    expect(answer.teams.length).toBeGreaterThan(0);
    expect(answer.help).toEqual([]);
  });

  it("a buurt code of the right form that is not in Utrecht finds no area; a postcode PDOK does not know is not found", async () => {
    expect(await resolveFinderArea({ buurt: "BU03449999", postcode: null }, VISITOR)).toEqual({ status: "missing" });
    expect((await resolveFinderArea({ buurt: null, postcode: "9999 ZZ" }, VISITOR)).status).toMatch(/not_found|outside/);
  });

  it("offers every buurt grouped by wijk, and the languages spoken somewhere", async () => {
    const options = await loadFinderOptions();
    expect(options.wijken.flatMap((wijk) => wijk.buurten).length).toBeGreaterThan(100);
    expect(options.languages).toEqual(expect.arrayContaining(["ar", "tr", "pl", "uk"]));
  });
});
