import { describe, expect, it } from "vitest";
import { categories } from "@/prisma/seed/categories";
import { FORMAL_CHAIN_CATEGORIES } from "@/lib/referral-helper/formal-chain";
import { categoriesByWeight, categoriesFor, NEED_DEFINITIONS, NEEDS, needsFormalDebtRoute, needsMetBy } from "@/lib/referral-helper/needs";
import { hasQuestion, helperQueryString, parseHelperQuery } from "@/lib/referral-helper/params";

describe("needs", () => {
  it("maps every need to categories that exist", () => {
    const slugs = new Set(categories.map((c) => c.slug));
    for (const need of NEEDS) {
      expect(NEED_DEFINITIONS[need].categories.length, need).toBeGreaterThan(0);
      for (const category of NEED_DEFINITIONS[need].categories) expect(slugs.has(category), `${need}: ${category}`).toBe(true);
    }
    for (const category of FORMAL_CHAIN_CATEGORIES) expect(slugs.has(category)).toBe(true);
  });

  it("decides when the formal debt route is needed", () => {
    expect(needsFormalDebtRoute(["zware-schulden"], "geen-haast")).toBe(true);
    expect(needsFormalDebtRoute(["betalingsachterstand"], "vandaag")).toBe(true);
    expect(needsFormalDebtRoute(["betalingsachterstand"], "geen-haast")).toBe(false);
    expect(needsFormalDebtRoute(["voedselnood", "formulieren"], "vandaag")).toBe(false);
  });

  it("splits categories into needs to act on now and lighter ones", () => {
    const { core, light } = categoriesByWeight(["voedselnood", "eenzaamheid", "betalingsachterstand"], "geen-haast");
    expect([...core]).toEqual(["voedsel"]);
    expect([...light].sort()).toEqual(["geldvragen", "ontmoeting", "schuldhulp", "wonen"]);
    // A category that is core for one need is not light for another.
    const both = categoriesByWeight(["zware-schulden", "betalingsachterstand"], "geen-haast");
    expect(both.light.has("schuldhulp")).toBe(false);
  });

  it("names the needs a service answers, in form order", () => {
    expect(needsMetBy(["voedsel", "schuldhulp"], ["voedselnood", "zware-schulden", "eenzaamheid"])).toEqual(["zware-schulden", "voedselnood"]);
    expect(categoriesFor(["voedselnood", "voedselnood"])).toEqual(["voedsel"]);
  });
});

describe("the helper's URL", () => {
  it("reads a shared link and writes it back the same", () => {
    const query = parseHelperQuery({ buurt: "bu03440832", nodig: ["voedselnood", "zware-schulden", "onzin"], spoed: "vandaag", taal: "AR", reizen: "nee" });
    expect(query).toEqual({ address: null, buurt: "BU03440832", needs: ["zware-schulden", "voedselnood"], urgency: "vandaag", language: "ar", canTravel: false });
    const again = new URLSearchParams(helperQueryString(query));
    expect(again.getAll("nodig")).toEqual(["zware-schulden", "voedselnood"]);
    const raw: Record<string, string[]> = {};
    for (const [key, value] of again) (raw[key] ??= []).push(value);
    expect(parseHelperQuery(raw)).toEqual(query);
  });

  it("is lenient with empty and odd fields, as a form without JavaScript sends them", () => {
    const query = parseHelperQuery({ adres: "  ", buurt: "Kanaleneiland", spoed: "morgen", taal: "" });
    expect(query).toEqual({ address: null, buurt: null, needs: [], urgency: "deze-week", language: null, canTravel: true });
    expect(hasQuestion(query)).toBe(false);
    expect(hasQuestion(parseHelperQuery({ adres: "3526 KL" }))).toBe(true);
  });
});
