// Which address counts as the client's: the socket's, unless TRUST_PROXY says how many
// proxies in front append to X-Forwarded-For. A client-chosen value must never win.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { installPeerAddressHeader, peerAddressHeader } from "@/lib/auth/peer-address";

const PEER = "x-sk-peer-test";

describe("clientIpFrom", () => {
  it.each([
    // TRUST_PROXY=0: the socket address; X-Forwarded-For (client-set) is ignored.
    { hops: 0, xff: undefined, peer: "192.0.2.7", expected: "192.0.2.7" },
    { hops: 0, xff: "1.2.3.4", peer: "192.0.2.7", expected: "192.0.2.7" },
    { hops: 0, xff: "1.2.3.4, 5.6.7.8", peer: "192.0.2.7", expected: "192.0.2.7" },
    { hops: 0, xff: "1.2.3.4", peer: undefined, expected: "unknown" },
    // One proxy appends what it saw: the rightmost entry. Anything the client put before it is ignored.
    { hops: 1, xff: "198.51.100.4", peer: "10.0.0.2", expected: "198.51.100.4" },
    { hops: 1, xff: "1.2.3.4, 198.51.100.4", peer: "10.0.0.2", expected: "198.51.100.4" },
    { hops: 1, xff: " 1.2.3.4 ,198.51.100.4 ", peer: "10.0.0.2", expected: "198.51.100.4" },
    // Two proxies (CDN + load balancer): the second from the right.
    { hops: 2, xff: "1.2.3.4, 198.51.100.4, 10.0.0.9", peer: "10.0.0.2", expected: "198.51.100.4" },
    // Fewer entries than trusted proxies: not through the proxies; never a client value.
    { hops: 2, xff: "1.2.3.4", peer: "10.0.0.2", expected: "unknown" },
    { hops: 1, xff: "", peer: "10.0.0.2", expected: "unknown" },
    // IPv6 addresses as they come.
    { hops: 0, xff: undefined, peer: "::ffff:127.0.0.1", expected: "::ffff:127.0.0.1" },
    { hops: 1, xff: "2001:db8::1", peer: "::1", expected: "2001:db8::1" },
  ])("TRUST_PROXY=$hops, X-Forwarded-For=$xff, socket $peer → $expected", ({ hops, xff, peer, expected }) => {
    const headers = new Headers();
    if (xff !== undefined) headers.set("x-forwarded-for", xff);
    if (peer !== undefined) headers.set(PEER, peer);
    expect(clientIpFrom(headers, hops, PEER)).toBe(expected);
    // Node's header records (next-auth's authorize gets those) give the same answer.
    expect(clientIpFrom(Object.fromEntries(headers.entries()), hops, PEER)).toBe(expected);
  });

  it("ignores a client-sent peer header when the server has not installed one", () => {
    expect(clientIpFrom(new Headers({ [PEER]: "1.2.3.4" }), 0, undefined)).toBe("unknown");
  });
});

describe("installPeerAddressHeader", () => {
  const servers: http.Server[] = [];
  afterAll(() => servers.forEach((server) => server.close()));

  it("puts the socket address in a header the client cannot set, on a real HTTP server", async () => {
    const name = installPeerAddressHeader();
    expect(peerAddressHeader()).toBe(name);
    expect(installPeerAddressHeader()).toBe(name);
    expect(name).toMatch(/^x-sk-peer-[0-9a-f]{24}$/);
    const seen: http.IncomingHttpHeaders[] = [];
    const server = http.createServer((request, response) => {
      seen.push(request.headers);
      response.end("ok");
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-for": "6.6.6.6", [name]: "6.6.6.6" } });
    expect(seen[0][name]).toBe("127.0.0.1");
    expect(clientIpFrom(seen[0], 0, name)).toBe("127.0.0.1");
  });
});
