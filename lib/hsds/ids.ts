// HSDS wants UUIDs; our keys are cuids and CBS codes. A name-based UUID (RFC 9562 version 5
// layout over SHA-1) gives every record a stable HSDS id without storing a second key.
import { createHash } from "node:crypto";

const NAMESPACE = "sociale-kaart-utrecht:hsds";

export function hsdsId(kind: string, id: string): string {
  const hash = createHash("sha1").update(`${NAMESPACE}:${kind}:${id}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
