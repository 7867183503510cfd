// Which address counts as the client's: the socket's, unless TRUST_PROXY says how many
// proxies in front append to X-Forwarded-For. A client-chosen value must never win.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { addressKey, isPrivateAddress } from "@/lib/auth/address-key";
import { clientIp, clientIpFrom, proxyWithoutTrust } from "@/lib/auth/client-ip";
import { log } from "@/lib/log";
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

describe("a proxy in front while TRUST_PROXY=0", () => {
  it.each([
    // A proxy on this machine or network forwarding: every visitor would share its address.
    { hops: 0, peer: "127.0.0.1", xff: "198.51.100.4", expected: true },
    { hops: 0, peer: "::1", xff: "198.51.100.4", expected: true },
    { hops: 0, peer: "::ffff:127.0.0.1", xff: "198.51.100.4", expected: true },
    { hops: 0, peer: "10.0.0.2", xff: "198.51.100.4", expected: true },
    { hops: 0, peer: "172.20.0.5", xff: "198.51.100.4", expected: true },
    { hops: 0, peer: "192.168.1.1", xff: "198.51.100.4", expected: true },
    { hops: 0, peer: "fd00::5", xff: "198.51.100.4", expected: true },
    { hops: 0, peer: "fe80::1%eth0", xff: "198.51.100.4", expected: true },
    // A visitor on the internet sending the header itself: not a proxy of ours.
    { hops: 0, peer: "198.51.100.4", xff: "6.6.6.6", expected: false },
    { hops: 0, peer: "172.32.0.1", xff: "6.6.6.6", expected: false },
    { hops: 0, peer: "2001:db8::1", xff: "6.6.6.6", expected: false },
    // No header: a direct connection (a local browser, a health check).
    { hops: 0, peer: "127.0.0.1", xff: undefined, expected: false },
    { hops: 0, peer: "127.0.0.1", xff: " ", expected: false },
    // TRUST_PROXY set: nothing to warn about.
    { hops: 1, peer: "127.0.0.1", xff: "198.51.100.4", expected: false },
  ])("TRUST_PROXY=$hops, socket $peer, X-Forwarded-For=$xff → $expected", ({ hops, peer, xff, expected }) => {
    const headers = new Headers({ [PEER]: peer });
    if (xff !== undefined) headers.set("x-forwarded-for", xff);
    expect(proxyWithoutTrust(headers, hops, PEER)).toBe(expected);
    expect(proxyWithoutTrust(Object.fromEntries(headers.entries()), hops, PEER)).toBe(expected);
  });

  it("no peer header installed: no warning", () => {
    expect(proxyWithoutTrust(new Headers({ "x-forwarded-for": "1.2.3.4" }), 0, undefined)).toBe(false);
  });

  it.each([
    ["127.0.0.1", true], ["127.255.0.9", true], ["10.1.2.3", true], ["172.16.0.1", true], ["172.31.255.255", true],
    ["192.168.0.1", true], ["100.64.0.1", true], ["169.254.1.1", true], ["::1", true], ["fc00::1", true], ["fe80::1", true],
    ["172.15.0.1", false], ["192.169.0.1", false], ["100.128.0.1", false], ["8.8.8.8", false], ["::", false],
    ["::2", false], ["2001:db8::1", false], ["fec0::1", false], ["unknown", false],
  ])("isPrivateAddress(%s) → %s", (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it("clientIp logs one warning per process, however many such requests arrive", () => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => {});
    try {
      const name = installPeerAddressHeader();
      const proxied = new Headers({ [name]: "127.0.0.1", "x-forwarded-for": "198.51.100.4" });
      expect(clientIp(new Headers({ [name]: "127.0.0.1" }))).toBe("127.0.0.1");
      expect(warn).not.toHaveBeenCalled();
      expect(clientIp(proxied)).toBe("127.0.0.1");
      expect(clientIp(proxied)).toBe("127.0.0.1");
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0][0]).toContain("TRUST_PROXY=1");
    } finally {
      warn.mockRestore();
    }
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
