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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `id` can be one of our HSDS ids at all (anything else is a 404 without a query). */
export function isHsdsIdShape(id: string): boolean {
  return UUID.test(id);
}

/**
 * Our key behind an HSDS id, among `keys` (the published ones of that kind). A name-based UUID
 * cannot be reversed and PostgreSQL has no SHA-1 without pgcrypto, so the caller reads the keys
 * (ids only, no records) and this hashes them.
 */
export function keyFor(kind: string, id: string, keys: readonly string[]): string | null {
  return keys.find((key) => hsdsId(kind, key) === id) ?? null;
}
