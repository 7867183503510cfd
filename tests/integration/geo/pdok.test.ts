// The PDOK client over real HTTP against the stub (tests/support/pdok-stub). Needs no
// database; it runs in the integration project because it opens sockets.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { geocode, lookup, PdokUnavailableError, suggest, type PdokOptions } from "@/lib/geo/pdok";
import { startPdokStub, type PdokStub } from "@/tests/support/pdok-stub/server";

let stub: PdokStub;
let options: PdokOptions;

beforeAll(async () => {
  stub = await startPdokStub();
  options = { baseUrl: stub.url, timeoutMs: 2000 };
});
afterAll(() => stub.close());
afterEach(() => {
  stub.setFailing(false);
  stub.setHanging(false);
});

async function unavailable(promise: Promise<unknown>): Promise<PdokUnavailableError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PdokUnavailableError);
  return error as PdokUnavailableError;
}

/** A port with nothing listening: bind one, then let it go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("suggest", () => {
  it("offers addresses, postcodes and streets in Utrecht", async () => {
    const suggestions = await suggest("bolognalaan", options);
    expect(suggestions.map((s) => s.type).sort()).toEqual(["adres", "postcode", "weg"]);
    expect(suggestions).toContainEqual({
      id: expect.stringMatching(/^adr-/),
      type: "adres",
      label: "Bolognalaan 101, 3584CJ Utrecht",
    });
    const request = new URL(stub.requests.at(-1) ?? "", stub.url);
    expect(request.pathname).toBe("/suggest");
    expect(request.searchParams.getAll("fq")).toEqual(["gemeentenaam:Utrecht", "type:(adres OR postcode OR weg)"]);
  });

  it("offers the postcodes of area 3527 first", async () => {
    const suggestions = await suggest("3527", { ...options, rows: 3 });
    expect(suggestions).toHaveLength(3);
    expect(suggestions.every((s) => s.type === "postcode" && / 3527[A-Z]{2} Utrecht$/.test(s.label))).toBe(true);
  });

  it("returns nothing for an unknown query or a place outside Utrecht", async () => {
    expect(await suggest("xyzzy", options)).toEqual([]);
    expect(await suggest("Damrak 1 Amsterdam", options)).toEqual([]);
  });

  it("leads to a full address through lookup", async () => {
    const [first] = (await suggest("Zamenhofdreef 1", options)).filter((s) => s.type === "adres");
    expect(await lookup(first.id, options)).toMatchObject({
      label: "Zamenhofdreef 1, 3562JT Utrecht",
      buurtCode: "BU03440321",
      wijkCode: "WK034403",
      wijkName: "Overvecht",
    });
    expect(await lookup("adr-00000000000000000000000000000000", options)).toBeNull();
  });
});

describe("geocode", () => {
  it("places Bolognalaan 101 in Utrecht Science Park, latitude and longitude the right way round", async () => {
    const address = await geocode("Bolognalaan 101, 3584CJ Utrecht", options);
    expect(address).toEqual({
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

  it("finds the same address by postcode and house number, however typed", async () => {
    for (const q of ["3584 cj 101", "3584CJ101", "3584cj, 101"]) {
      expect((await geocode(q, options))?.buurtCode, q).toBe("BU03440533");
    }
    expect(new URL(stub.requests.at(-1) ?? "", stub.url).searchParams.get("q")).toBe("3584CJ 101");
  });

  it.each([
    ["Zamenhofdreef 1", "BU03440321", "WK034403"],
    ["Marshallaan 2", "BU03440831", "WK034408"],
  ])("places %s in %s", async (q, buurtCode, wijkCode) => {
    const address = await geocode(q, options);
    expect(address).toMatchObject({ buurtCode, wijkCode });
    // Utrecht lies around 52.1 N, 5.1 E; swapped coordinates would land in the Arabian Sea.
    expect(address?.lat).toBeGreaterThan(52);
    expect(address?.lng).toBeLessThan(5.2);
  });

  it("places a bare postcode area (3527) in Kanaleneiland or Transwijk", async () => {
    const address = await geocode("3527", options);
    expect(address?.wijkCode).toBe("WK034408");
    expect(["BU03440831", "BU03440822"]).toContain(address?.buurtCode);
  });

  it("returns null when nothing in Utrecht matches", async () => {
    expect(await geocode("xyzzy", options)).toBeNull();
    expect(await geocode("Damrak 1, Amsterdam", options)).toBeNull();
  });
});

describe("when PDOK is unavailable", () => {
  it("turns a 503 into PdokUnavailableError", async () => {
    stub.setFailing(true);
    expect(await unavailable(geocode("Bolognalaan 101", options))).toMatchObject({ reason: "http", status: 503 });
    expect(await unavailable(suggest("bolognalaan", options))).toMatchObject({ reason: "http" });
  });

  it("can be switched over HTTP, as Playwright does", async () => {
    await fetch(`${stub.url}/__fail?on=1`);
    await unavailable(lookup("adr-623df1eafda8e928e6e46ee7dc030da7", options));
    await fetch(`${stub.url}/__fail?on=0`);
    expect(await lookup("adr-623df1eafda8e928e6e46ee7dc030da7", options)).not.toBeNull();
  });

  it("gives up on a server that never answers", async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      const started = Date.now();
      const error = await unavailable(geocode("Bolognalaan 101", { baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 300 }));
      expect(error.reason).toBe("timeout");
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it("gives up on the stub in hanging mode", async () => {
    stub.setHanging(true);
    expect(await unavailable(suggest("bolognalaan", { ...options, timeoutMs: 300 }))).toMatchObject({ reason: "timeout" });
  });

  it("reports a server that is not there as a network failure", async () => {
    const port = await closedPort();
    expect(await unavailable(suggest("bolognalaan", { baseUrl: `http://127.0.0.1:${port}` }))).toMatchObject({
      reason: "network",
    });
  });
});
