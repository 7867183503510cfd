// From a resident's words to the referral helper's needs, and which first steps they get.
import { describe, expect, it } from "vitest";
import nl from "@/lib/i18n/messages/nl/help-finder.json";
import en from "@/lib/i18n/messages/en/help-finder.json";
import { FIRST_STEPS, firstSteps, needsOf, SITUATIONS } from "@/lib/help-finder/situations";
import { NEEDS } from "@/lib/referral-helper/needs";

describe("the help finder's situations", () => {
  it("turn into the referral helper's needs, each once", () => {
    expect(needsOf(["deurwaarder", "achterstand"])).toEqual(["zware-schulden", "betalingsachterstand"]);
    expect(needsOf(["eten"])).toEqual(["voedselnood"]);
    expect(needsOf(["weet-niet"])).toEqual([]);
    for (const situation of SITUATIONS) for (const need of needsOf([situation])) expect(NEEDS).toContain(need);
  });

  it("give an urgent call first when it is for today, each situation's steps in form order, then what holds for everyone", () => {
    const steps = firstSteps(["achterstand", "post"], "vandaag").map(({ group, step }) => `${group}.${step}`);
    expect(steps[0]).toBe("urgent.call");
    expect(steps.indexOf("post.open")).toBeLessThan(steps.indexOf("achterstand.call"));
    expect(steps.slice(-3)).toEqual(["always.sign", "always.loan", "always.company"]);
    expect(firstSteps(["post"], "geen-haast")[0]).toEqual({ group: "post", step: "open" });
  });

  it("for food today, free meals before the Voedselbank's sign-up; otherwise the sign-up first", () => {
    expect(firstSteps(["eten"], "vandaag").filter((s) => s.group === "eten").map((s) => s.step)).toEqual(["meals", "route", "ask"]);
    expect(firstSteps(["eten"], "deze-week").filter((s) => s.group === "eten").map((s) => s.step)).toEqual(["route", "meals", "ask"]);
  });

  it("with nothing chosen, starts where 'I don't know' starts: the buurtteam", () => {
    expect(firstSteps([], "deze-week").map((s) => s.group)).toContain("weet-niet");
  });

  it("every step has its text in Dutch and English", () => {
    for (const [group, steps] of Object.entries(FIRST_STEPS)) {
      for (const step of steps) {
        expect((nl.HelpFinder.steps as unknown as Record<string, Record<string, string>>)[group][step]).toBeTruthy();
        expect((en.HelpFinder.steps as unknown as Record<string, Record<string, string>>)[group][step]).toBeTruthy();
      }
    }
  });
});
