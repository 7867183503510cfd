// The client against a fake fetch: request shape, validation and every failure path. The
// same client against the HTTP stub is in tests/integration/geo/pdok.test.ts.
import { describe, expect, it, vi } from "vitest";
import { geocode, lookup, parseWktPoint, PdokQueryError, PdokUnavailableError, suggest } from "@/lib/geo/pdok";

const baseUrl = "http://pdok.test/search/v3_1";

const bolognalaan = {
  id: "adr-623df1eafda8e928e6e46ee7dc030da7",
  type: "adres",
  weergavenaam: "Bolognalaan 101, 3584CJ Utrecht",
  centroide_ll: "POINT(5.1789 52.0856)",
  postcode: "3584CJ",
  buurtcode: "BU03440533",
  buurtnaam: "Utrecht Science Park",
  wijkcode: "WK034405",
  wijknaam: "Oost",
};

const solr = (docs: unknown[]) => ({ response: { numFound: docs.length, start: 0, numFoundExact: true, docs } });

function fakeFetch(respond: () => Response | Promise<Response>) {
  return vi.fn<typeof fetch>(async () => respond());
}
const json = (body: unknown, status = 200) => () =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function requestedUrl(fetchImpl: ReturnType<typeof fakeFetch>): URL {
  const [input] = fetchImpl.mock.calls[0];
  return new URL(input instanceof Request ? input.url : String(input));
}

describe("parseWktPoint", () => {
  it("reads longitude first", () => {
    expect(parseWktPoint("POINT(5.1789 52.0856)")).toEqual({ lat: 52.0856, lng: 5.1789 });
    expect(parseWktPoint(" point ( 5.1 52 ) ")).toEqual({ lat: 52, lng: 5.1 });
    expect(parseWktPoint("POINT(-1.5e-1 5.2e1)")).toEqual({ lat: 52, lng: -0.15 });
  });

  it.each(["POINT(5.1789)", "POINT(5.1 52.0 3)", "POINT EMPTY", "LINESTRING(5 52, 6 53)", "POINT(140722.5 455279.6)", ""])(
    "refuses %j",
    (wkt) => {
      expect(parseWktPoint(wkt)).toBeNull();
    },
  );
});

describe("request shape", () => {
  it("suggest asks for Utrecht addresses, postcodes and streets, with the postcode normalised", async () => {
    const fetchImpl = fakeFetch(json({ ...solr([{ id: "adr-1", type: "adres", weergavenaam: "x", score: 1 }]), highlighting: {} }));
    await suggest("  3584 cj 101 ", { baseUrl: `${baseUrl}/`, fetchImpl });
    const url = requestedUrl(fetchImpl);
    expect(url.pathname).toBe("/search/v3_1/suggest");
    expect(url.searchParams.get("q")).toBe("3584CJ 101");
    expect(url.searchParams.getAll("fq")).toEqual(["gemeentenaam:Utrecht", "type:(adres OR postcode OR weg)"]);
    expect(url.searchParams.get("rows")).toBe("5");
  });

  it("geocode uses /free for one Utrecht result", async () => {
    const fetchImpl = fakeFetch(json(solr([bolognalaan])));
    await geocode("Bolognalaan 101", { baseUrl, fetchImpl });
    const url = requestedUrl(fetchImpl);
    expect(url.pathname).toBe("/search/v3_1/free");
    expect(url.searchParams.get("q")).toBe("Bolognalaan 101");
    expect(url.searchParams.getAll("fq")).toEqual(["gemeentenaam:Utrecht"]);
    expect(url.searchParams.get("rows")).toBe("1");
  });

  it("lookup passes the id", async () => {
    const fetchImpl = fakeFetch(json(solr([bolognalaan])));
    await lookup(bolognalaan.id, { baseUrl, fetchImpl });
    expect(requestedUrl(fetchImpl).searchParams.get("id")).toBe(bolognalaan.id);
  });
});

describe("answers", () => {
  it("maps a record to an address with lat/lng in the right order", async () => {
    const fetchImpl = fakeFetch(json(solr([bolognalaan])));
    expect(await geocode("Bolognalaan 101", { baseUrl, fetchImpl })).toEqual({
      label: "Bolognalaan 101, 3584CJ Utrecht",
      lat: 52.0856,
      lng: 5.1789,
      postcode: "3584CJ",
      buurtCode: "BU03440533",
      wijkCode: "WK034405",
      buurtName: "Utrecht Science Park",
      wijkName: "Oost",
    });
  });

  it("leaves out what a record does not have", async () => {
    const street = { id: "weg-1", type: "weg", weergavenaam: "Bolognalaan, Utrecht", centroide_ll: "POINT(5.1784 52.0859)" };
    expect(await geocode("Bolognalaan", { baseUrl, fetchImpl: fakeFetch(json(solr([street]))) })).toEqual({
      label: "Bolognalaan, Utrecht",
      lat: 52.0859,
      lng: 5.1784,
    });
  });

  it("drops suggestion types it did not ask for", async () => {
    const docs = [
      { id: "wpl-1", type: "woonplaats", weergavenaam: "Utrecht, Utrecht, Utrecht" },
      { id: "weg-1", type: "weg", weergavenaam: "Bolognalaan, Utrecht" },
    ];
    expect(await suggest("utrecht", { baseUrl, fetchImpl: fakeFetch(json(solr(docs))) })).toEqual([
      { id: "weg-1", type: "weg", label: "Bolognalaan, Utrecht" },
    ]);
  });

  it("says null or [] when nothing matches", async () => {
    expect(await geocode("xyzzy", { baseUrl, fetchImpl: fakeFetch(json(solr([]))) })).toBeNull();
    expect(await lookup("adr-0", { baseUrl, fetchImpl: fakeFetch(json(solr([]))) })).toBeNull();
    expect(await suggest("xyzzy", { baseUrl, fetchImpl: fakeFetch(json(solr([]))) })).toEqual([]);
  });
});

describe("input validation", () => {
  it.each(["", " ", "a", " a ", "x".repeat(101)])("refuses the query %j without asking PDOK", async (q) => {
    const fetchImpl = fakeFetch(json(solr([])));
    await expect(suggest(q, { baseUrl, fetchImpl })).rejects.toBeInstanceOf(PdokQueryError);
    await expect(geocode(q, { baseUrl, fetchImpl })).rejects.toBeInstanceOf(PdokQueryError);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it("accepts 2 and 100 characters", async () => {
    const fetchImpl = fakeFetch(json(solr([])));
    await expect(suggest(" ab ", { baseUrl, fetchImpl })).resolves.toEqual([]);
    await expect(suggest("x".repeat(100), { baseUrl, fetchImpl })).resolves.toEqual([]);
  });

  it("refuses odd ids and row counts", async () => {
    const fetchImpl = fakeFetch(json(solr([])));
    await expect(lookup("../free?q=x", { baseUrl, fetchImpl })).rejects.toBeInstanceOf(PdokQueryError);
    await expect(suggest("bologna", { baseUrl, fetchImpl, rows: 0 })).rejects.toBeInstanceOf(PdokQueryError);
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe("failures", () => {
  async function failure(promise: Promise<unknown>): Promise<PdokUnavailableError> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PdokUnavailableError);
    return error as PdokUnavailableError;
  }

  it("an HTTP error status", async () => {
    const error = await failure(geocode("Bolognalaan", { baseUrl, fetchImpl: fakeFetch(json({}, 502)) }));
    expect(error).toMatchObject({ reason: "http", status: 502 });
  });

  it("a body that is not JSON", async () => {
    const fetchImpl = fakeFetch(() => new Response("<html>Onderhoud</html>", { status: 200 }));
    expect(await failure(suggest("Bolognalaan", { baseUrl, fetchImpl }))).toMatchObject({ reason: "malformed" });
  });

  it.each([
    ["no response object", {}],
    ["docs without weergavenaam", solr([{ id: "adr-1", type: "adres" }])],
    ["a centroid that is not WKT", solr([{ ...bolognalaan, centroide_ll: "52.0856,5.1789" }])],
    ["a centroid in RD", solr([{ ...bolognalaan, centroide_ll: "POINT(140722.5 455279.6)" }])],
  ])("a body with %s", async (_, body) => {
    const error = await failure(geocode("Bolognalaan", { baseUrl, fetchImpl: fakeFetch(json(body)) }));
    expect(error.reason).toBe("malformed");
  });

  it("a network error", async () => {
    const fetchImpl = fakeFetch(() => Promise.reject(new TypeError("fetch failed")));
    const error = await failure(lookup("adr-1", { baseUrl, fetchImpl }));
    expect(error.reason).toBe("network");
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  it("the caller's own abort passes through as an abort, not as PDOK being down", async () => {
    const controller = new AbortController();
    controller.abort();
    const fetchImpl = vi.fn<typeof fetch>((_, init) => Promise.reject(init?.signal?.reason));
    const error = await suggest("Bolognalaan", { baseUrl, fetchImpl, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(PdokUnavailableError);
    expect(error).toMatchObject({ name: "AbortError" });
  });
});
