// The caller's address, only ever used hashed for throttling and rate limits. Every place that
// needs it calls this one function.
//   TRUST_PROXY=0 (default): the socket address (peer-address.ts); X-Forwarded-For is ignored,
//                            since anyone can send it.
//   TRUST_PROXY=n:           n reverse proxies in front, each appending the address it saw to
//                            X-Forwarded-For: the n-th entry from the right is the client.
// Unknown (no socket address yet, too short a chain) counts as one shared address, "unknown":
// never as a value the client chose. An IPv6 address counts as its /64 (address-key.ts).
import { env } from "../env";
import { addressKey } from "./address-key";
import { installPeerAddressHeader } from "./peer-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function reader(headers: HeaderSource) {
  return (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
}

function rawClientIp(get: (name: string) => string | undefined, trustedHops: number, peerHeader: string | undefined): string {
  if (trustedHops > 0) {
    const chain = (get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    return chain.length >= trustedHops ? chain[chain.length - trustedHops] : "unknown";
  }
  return (peerHeader && get(peerHeader)?.trim()) || "unknown";
}

export function clientIpFrom(headers: HeaderSource, trustedHops: number, peerHeader: string | undefined): string {
  return addressKey(rawClientIp(reader(headers), trustedHops, peerHeader));
}

export function clientIp(headers: HeaderSource): string {
  // instrumentation.ts installs it at start-up; should that not have happened, this request
  // counts as "unknown" and every later one has its socket address.
  return clientIpFrom(headers, env().TRUST_PROXY, installPeerAddressHeader());
}
