// The caller's address, only ever used hashed for throttling and rate limits. Every place that
// needs it calls this one function.
//   TRUST_PROXY=0 (default): the socket address (peer-address.ts); X-Forwarded-For is ignored,
//                            since anyone can send it.
//   TRUST_PROXY=n:           n reverse proxies in front, each appending the address it saw to
//                            X-Forwarded-For: the n-th entry from the right is the client.
// Unknown (no socket address yet, too short a chain) counts as one shared address, "unknown":
// never as a value the client chose. An IPv6 address counts as its /64 (address-key.ts).
import { env } from "../env";
import { log } from "../log";
import { addressKey, isPrivateAddress } from "./address-key";
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

/**
 * TRUST_PROXY=0, yet the connection comes from a loopback or private address and carries
 * X-Forwarded-For: a reverse proxy is in front, so every visitor counts as the proxy's one
 * address and shares its limits. A setting mistake worth a warning (docs/deploying.md).
 */
export function proxyWithoutTrust(headers: HeaderSource, trustedHops: number, peerHeader: string | undefined): boolean {
  if (trustedHops > 0 || !peerHeader) return false;
  const get = reader(headers);
  const peer = get(peerHeader)?.trim();
  return Boolean(peer && get("x-forwarded-for")?.trim() && isPrivateAddress(peer));
}

const WARNED = Symbol.for("sociale-kaart.trust-proxy-warned");
type Global = typeof globalThis & { [WARNED]?: boolean };

export function clientIp(headers: HeaderSource): string {
  // instrumentation.ts installs it at start-up; should that not have happened, this request
  // counts as "unknown" and every later one has its socket address.
  const peerHeader = installPeerAddressHeader();
  const trustedHops = env().TRUST_PROXY;
  const global = globalThis as Global;
  if (!global[WARNED] && proxyWithoutTrust(headers, trustedHops, peerHeader)) {
    global[WARNED] = true; // once per process: it is a setting, not an event
    log.warn(
      "TRUST_PROXY=0 but requests arrive through a proxy (X-Forwarded-For from a loopback or private address): " +
        "every visitor counts as one address for rate limits and sign-in throttling. Set TRUST_PROXY=1 (docs/deploying.md).",
    );
  }
  return clientIpFrom(headers, trustedHops, peerHeader);
}
