// What a client address counts as for limits and throttling. One IPv6 host usually has a whole
// /64 to itself (2^64 addresses, SLAAC privacy addresses change by the hour), so counting per
// IPv6 address would let it start afresh at will: an IPv6 address counts as its /64.
// An IPv4-mapped IPv6 address (::ffff:1.2.3.4, how a dual-stack socket reports IPv4 clients)
// counts as the IPv4 address. Anything that is not an address is returned as it came.
import { isIPv4, isIPv6 } from "node:net";

/** The eight 16-bit groups of a valid IPv6 address (no zone id). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const lastColon = text.lastIndexOf(":");
  const tail = text.slice(lastColon + 1);
  if (isIPv4(tail)) {
    // An embedded IPv4 tail (::ffff:1.2.3.4) is the last two groups.
    const [a, b, c, d] = tail.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split("::");
  const parse = (part: string | undefined) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  if (rest === undefined) return left;
  const right = parse(rest);
  return [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < groups.length; ) {
    let end = start;
    while (end < groups.length && groups[end] === 0) end += 1;
    if (end - start > bestLength) [bestStart, bestLength] = [start, end - start];
    start = end === start ? start + 1 : end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

export function addressKey(address: string): string {
  const withoutZone = address.split("%")[0];
  if (!isIPv6(withoutZone)) return address;
  const groups = ipv6Groups(withoutZone);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6] >> 8, groups[6] & 0xff, groups[7] >> 8, groups[7] & 0xff].join(".");
  }
  return `${formatIpv6([...groups.slice(0, 4), 0, 0, 0, 0])}/64`;
}

/**
 * Loopback, private or link-local: 127/8, 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier and
 * cluster networks), 169.254/16; ::1, fc00::/7, fe80::/10. What a reverse proxy on the same
 * machine or network connects from.
 */
export function isPrivateAddress(address: string): boolean {
  const key = addressKey(address);
  if (isIPv4(key)) {
    const [a, b] = key.split(".").map(Number);
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254);
  }
  if (!key.endsWith("/64")) return false;
  const withoutZone = address.split("%")[0];
  const groups = ipv6Groups(withoutZone);
  const loopback = groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1;
  return loopback || (groups[0] & 0xfe00) === 0xfc00 || (groups[0] & 0xffc0) === 0xfe80;
}
