// GET /api/v1/geocode against the PDOK stub: the route the map page's address box calls, so
// the visitor's browser never talks to PDOK itself. The database only counts requests for the
// rate limit (tests/integration/rate-limits.test.ts).
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/geocode/route";
import { withPdokStub } from "./support/pdok";
import { withTestDatabase } from "./support/test-database";

withTestDatabase();
const pdok = withPdokStub();

afterEach(() => {
  pdok.stub.setFailing(false);
  pdok.stub.setHanging(false);
});

const geocode = (q: string | null) =>
  GET(new Request(`http://localhost/api/v1/geocode${q === null ? "" : `?q=${encodeURIComponent(q)}`}`));

describe("GET /api/v1/geocode", () => {
  it("finds an address with its point, buurt and wijk", async () => {
    const response = await geocode("Bolognalaan 101");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      label: "Bolognalaan 101, 3584CJ Utrecht",
      lat: 52.0856,
      lng: 5.1789,
      buurtCode: "BU03440533",
      wijkCode: "WK034405",
    });
    // Our server asked PDOK, for Utrecht only.
    const request = new URL(pdok.stub.requests.at(-1) ?? "", pdok.stub.url);
    expect(request.pathname).toBe("/free");
    expect(request.searchParams.getAll("fq")).toContain("gemeentenaam:Utrecht");
  });

  it("finds a postcode with a house number", async () => {
    const response = await geocode("3584 CJ 101");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ label: "Bolognalaan 101, 3584CJ Utrecht" });
  });

  it("answers 404 when PDOK knows no such address in Utrecht", async () => {
    const response = await geocode("Nergensstraat 999");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not_found" });
  });

  it("answers 400 for a missing, too short or too long query, without asking PDOK", async () => {
    const before = pdok.stub.requests.length;
    for (const q of [null, "", " a ", "x".repeat(101)]) {
      const response = await geocode(q);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: "invalid_query", message: expect.any(String) });
    }
    expect(pdok.stub.requests.length).toBe(before);
  });

  it("answers 503 with a Dutch message when PDOK is down", async () => {
    pdok.stub.setFailing(true);
    const response = await geocode("Bolognalaan 101");
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toMatchObject({ error: "unavailable" });
    expect(body.message).toMatch(/Adres zoeken lukt nu niet/);
  });
});
