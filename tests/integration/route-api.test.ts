// GET /api/v1/route against the seeded database and the PDOK stub (issue 12, point 5): an
// address in Kanaleneiland gets its buurtteam, the gemeente's 14 030 route and help near it for
// the need, each with its reasons; bad input is a 400 naming each parameter; an address outside
// Utrecht a 404 that says so.
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { GET } from "@/app/api/v1/route/route";
import { handleRouteRequest } from "@/lib/route-api/handler";
import { NEEDS } from "@/lib/referral-helper/needs";
import { withPdokStub } from "./support/pdok";
import { withTestDatabase } from "./support/test-database";

withTestDatabase();
const pdok = withPdokStub();

// Thursday 3 December 2026, 11:00 in Utrecht: the Voedselbank hands out food parcels today.
const NOW = new Date("2026-12-03T10:00:00Z");
const BASE = "http://localhost/api/v1/route";

const request = (query: string, visitor = "203.0.113.70") => new Request(`${BASE}?${query}`, { headers: { "x-forwarded-for": visitor } });
const ask = (query: string, visitor?: string) => handleRouteRequest(request(query, visitor), NOW);

type Reason = { code: string; text: string };
type Place = { organisation: { slug: string }; open: { status: string; next_opening: string | null }; reasons: Reason[]; distance_m: number | null };

describe("GET /api/v1/route", () => {
  it("answers an address in Kanaleneiland with its buurtteam, the 14 030 route and food help near it, each with reasons", async () => {
    const response = await ask("postcode=3527+AB&huisnummer=2&behoefte=voedselnood&behoefte=zware-schulden");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await response.json();

    expect(body.address).toEqual({
      label: "Marshallaan 2, 3527AB Utrecht",
      buurt: { code: "BU03440831", name: "Kanaleneiland-Zuid" },
      wijk: { code: "WK034408", name: "Zuidwest" },
    });
    expect(body.needs).toEqual(["zware-schulden", "voedselnood"]);

    expect(body.buurtteams[0]).toMatchObject({ slug: "buurtteam-sociaal-kanaleneiland", kind: "sociaal", phone: expect.any(String) });
    expect(body.buurtteams[0].reasons).toEqual([{ code: "servesBuurt", text: "Dit buurtteam werkt in Kanaleneiland-Zuid." }]);

    const formal = body.formal_route;
    expect(formal).toMatchObject({ organisation: expect.stringContaining("Gemeente Utrecht"), phone: "14 030", service: "Aanmelden voor schuldhulp" });
    expect(formal.how_to_sign_up[0]).toMatch(/^Bel 14 030/);
    expect(formal.who_can_sign_up).toMatch(/18 jaar/);
    expect(formal.reasons.map((r: Reason) => r.code)).toEqual(["formalRoute", "teamAgreement"]);
    expect(formal.handover_by_buurtteam).toMatchObject({ buurtteam: expect.stringContaining("Kanaleneiland"), what_to_bring: expect.stringMatching(/Identiteitsbewijs/) });
    // Nothing meant for professionals only.
    expect(JSON.stringify(body)).not.toMatch(/professionalContact|professional_contact/);
    expect(formal.other_doors.map((p: Place) => p.organisation.slug)).not.toContain("gemeente-utrecht-schulddienstverlening");

    const near: Place[] = body.near;
    const food = near.find((place) => place.organisation.slug === "voedselbank-utrecht");
    expect(food?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["meetsNeeds", "hasConditions"]));
    expect(food?.reasons.some((r) => r.code === "openNow" || r.code === "opensToday")).toBe(true);
    for (const place of [...near, ...body.alternatives]) expect(place.reasons.every((r: Reason) => r.text.length > 0)).toBe(true);
    // Open soonest first: open now before closed, closed ones by their next opening.
    const starts = near.map((place) => (place.open.status === "open" ? NOW.getTime() : place.open.next_opening ? Date.parse(place.open.next_opening) : Infinity));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(body.alternatives.map((p: Place) => p.organisation.slug)).toContain("moskee-kanaleneiland");

    // The answer is what the OpenAPI document promises.
    const validate = new Ajv2020({ strict: false }).compile(openApiDocument(BASE).components.schemas.RouteAnswer);
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
  });

  it("accepts a house number with an addition and answers through the route file", async () => {
    const response = await GET(request("postcode=3527ab&huisnummer=2-A&behoefte=formulieren", "203.0.113.71"));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.address.buurt.code).toBe("BU03440831");
    expect(body.formal_route.phone).toBe("14 030");
    expect(new URL(pdok.stub.requests.at(-1) ?? "", pdok.stub.url).searchParams.get("q")).toBe("3527AB 2 A");
  });

  it("answers 400 with a message per parameter, without asking PDOK", async () => {
    const before = pdok.stub.requests.length;
    const cases: [string, string[]][] = [
      ["", ["postcode", "huisnummer", "behoefte"]],
      ["postcode=35271&huisnummer=2&behoefte=voedselnood", ["postcode"]],
      ["postcode=3527AB&huisnummer=0&behoefte=voedselnood", ["huisnummer"]],
      ["postcode=3527AB&huisnummer=100000&behoefte=voedselnood", ["huisnummer"]],
      ["postcode=3527AB&huisnummer=2&behoefte=geluk", ["behoefte"]],
      [`postcode=3527AB&huisnummer=2&${[...NEEDS, "voedselnood"].map((n) => `behoefte=${n}`).join("&")}`, ["behoefte"]],
      ["postcode=3527AB&postcode=3584CJ&huisnummer=2&behoefte=voedselnood", ["postcode"]],
    ];
    for (const [query, parameters] of cases) {
      const response = await ask(query);
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body.error).toBe("invalid_parameter");
      expect(body.issues.map((issue: { parameter: string }) => issue.parameter), query).toEqual(parameters);
      for (const issue of body.issues) expect(issue.message).toMatch(new RegExp(`^${issue.parameter} `));
    }
    expect(pdok.stub.requests.length).toBe(before);
  });

  it("answers 404 that says so for an address outside Utrecht", async () => {
    const response = await ask("postcode=1012LG&huisnummer=1&behoefte=voedselnood");
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "not_found", message: expect.stringContaining("alleen adressen in Utrecht") });
  });

  it("answers 503 with the city's number when PDOK is down", async () => {
    pdok.stub.setFailing(true);
    try {
      const response = await ask("postcode=3527AB&huisnummer=2&behoefte=voedselnood");
      expect(response.status).toBe(503);
      expect((await response.json()).message).toMatch(/14 030/);
    } finally {
      pdok.stub.setFailing(false);
    }
  });
});
