import { describe, expect, it } from "vitest";
import { domainCandidates, emailDomain, professionalDomain } from "../../lib/referrals/professional-schema";
import { proposeReferralSchema } from "../../lib/referrals/referral-schema";

describe("professional e-mail domains", () => {
  it.each([
    ["utrecht.nl", "utrecht.nl"],
    [" @BuurtteamsUtrecht.nl ", "buurtteamsutrecht.nl"],
    ["wijk-3.team.utrecht.nl", "wijk-3.team.utrecht.nl"],
  ])("accepts %j as %j", (input, expected) => {
    expect(professionalDomain.parse(input)).toBe(expected);
  });

  it.each(["", "utrecht", "naam@utrecht.nl", "-utrecht.nl", "utrecht-.nl", "utrecht..nl", "https://utrecht.nl", "utrecht.nl/pad", "gmail.com", "hotmail.nl"])("refuses %j", (input) => {
    expect(professionalDomain.safeParse(input).success).toBe(false);
  });

  it("matches an address at the domain or a subdomain, never a bare top-level domain", () => {
    expect(emailDomain("Werker@Wijk.Utrecht.NL")).toBe("wijk.utrecht.nl");
    expect(domainCandidates("wijk.utrecht.nl")).toEqual(["wijk.utrecht.nl", "utrecht.nl"]);
    expect(domainCandidates("nl")).toEqual([]);
  });
});

describe("the proposal schema", () => {
  it("keeps hand-over steps in order and drops empty rows", () => {
    const parsed = proposeReferralSchema.parse({
      fromOrganizationId: "a",
      toOrganizationId: "b",
      kind: "HEAVIER_HELP",
      whenToRefer: "Bij schulden",
      handoverSteps: ["Eerst bellen", " ", "Dan samen gaan "],
    });
    expect(parsed.handoverSteps).toEqual(["Eerst bellen", "Dan samen gaan"]);
    expect(parsed.jointFirstMeeting).toBe(false);
    expect(parsed.fromServiceId).toBeNull();
  });

  it("refuses more than ten steps", () => {
    const steps = Array.from({ length: 11 }, (_, index) => `Stap ${index}`);
    expect(proposeReferralSchema.safeParse({ fromOrganizationId: "a", toOrganizationId: "b", kind: "PRACTICAL", whenToRefer: "x", handoverSteps: steps }).success).toBe(false);
  });
});
