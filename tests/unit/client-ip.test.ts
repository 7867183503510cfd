// Which address counts as the client's: the socket's, unless TRUST_PROXY says how many
// proxies in front append to X-Forwarded-For. A client-chosen value must never win.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { addressKey } from "@/lib/auth/address-key";
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
    // IPv6: the /64 counts (one host has all of it); IPv4-mapped IPv6 is the IPv4 address.
    { hops: 0, xff: undefined, peer: "::ffff:127.0.0.1", expected: "127.0.0.1" },
    { hops: 0, xff: undefined, peer: "2001:db8:1:2:aaaa:bbbb:cccc:dddd", expected: "2001:db8:1:2::/64" },
    { hops: 1, xff: "2001:db8::1", peer: "::1", expected: "2001:db8::/64" },
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

describe("addressKey", () => {
  it.each([
    // IPv4 as it is.
    ["192.0.2.7", "192.0.2.7"],
    // Every address of one /64 is one key, however it is written.
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::1", "2001:db8:1:2::/64"],
    ["2001:0DB8:0001:0002:0000:0000:0000:0001", "2001:db8:1:2::/64"],
    ["2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    // Another /64 of the same /48 is another key.
    ["2001:db8:1:3::1", "2001:db8:1:3::/64"],
    // "::" compression anywhere, and zero groups inside the prefix.
    ["2001:db8::1", "2001:db8::/64"],
    ["2001:db8::", "2001:db8::/64"],
    ["2001:0:0:1::5", "2001:0:0:1::/64"],
    ["2001::1:0:0:0:5", "2001:0:0:1::/64"],
    ["2001::5", "2001::/64"],
    ["::1", "::/64"],
    ["::", "::/64"],
    ["fe80::1", "fe80::/64"],
    ["0:1:2:3:4:5:6:7", "0:1:2:3::/64"],
    // Zone ids are dropped.
    ["fe80::1234:5678%eth0", "fe80::/64"],
    ["fe80::1%2", "fe80::/64"],
    // IPv4-mapped IPv6 (a dual-stack socket's IPv4 client) is the IPv4 address.
    ["::ffff:1.2.3.4", "1.2.3.4"],
    ["::FFFF:127.0.0.1", "127.0.0.1"],
    ["0:0:0:0:0:ffff:102:304", "1.2.3.4"],
    ["::ffff:c000:0207", "192.0.2.7"],
    // Other IPv6 with an IPv4 tail (NAT64) is IPv6: its /64.
    ["64:ff9b::192.0.2.33", "64:ff9b::/64"],
    // Not an address: returned as it came.
    ["unknown", "unknown"],
    ["2001:db8::1::2", "2001:db8::1::2"],
    ["[2001:db8::1]:443", "[2001:db8::1]:443"],
    ["1.2.3.4:5678", "1.2.3.4:5678"],
    ["gggg::1", "gggg::1"],
    ["", ""],
  ])("%s → %s", (address, expected) => {
    expect(addressKey(address)).toBe(expected);
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
