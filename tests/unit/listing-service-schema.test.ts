import { describe, expect, it } from "vitest";
import { serviceSchema, slugFromName } from "@/lib/listings/service-schema";

const base = { organizationId: "org", name: "Geldcafé", description: "Samen koffie en vragen over geld.", status: "ACTIVE", capacity: "OPEN" };

describe("slugFromName", () => {
  it("makes a readable web name without accents or signs", () => {
    expect(slugFromName("Geldcafé & Inloop: Lunetten!")).toBe("geldcafe-inloop-lunetten");
    expect(slugFromName("  Hulp bij de belastingaangifte ")).toBe("hulp-bij-de-belastingaangifte");
  });

  it("falls back to a word when nothing is left", () => {
    expect(slugFromName("???")).toBe("hulp");
  });

  it("stays short and ends on a letter or digit", () => {
    const slug = slugFromName(`${"a".repeat(59)} b`);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("serviceSchema", () => {
  it("reads unticked boxes as false and empty lists, and a new service has no id or version", () => {
    const parsed = serviceSchema.parse(base);
    expect(parsed).toMatchObject({ isFree: false, noRegistration: false, categoryIds: [], locationIds: [], languages: [], phone: null, url: null });
    expect(parsed.serviceId).toBeUndefined();
  });

  it("reads ticked boxes and completes a web address", () => {
    const parsed = serviceSchema.parse({ ...base, isFree: "on", languages: ["nl", "ber"], phases: "NAZORG", url: "www.geldcafe.nl", serviceId: "s", version: "2" });
    expect(parsed).toMatchObject({ isFree: true, languages: ["nl", "ber"], phases: ["NAZORG"], url: "https://www.geldcafe.nl", serviceId: "s", version: 2 });
  });

  it("refuses an unknown status, capacity or language", () => {
    const result = serviceSchema.safeParse({ ...base, status: "DELETED", capacity: "SOMETIMES", languages: ["xx"] });
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["capacity", "languages.0", "status"]);
  });
});
