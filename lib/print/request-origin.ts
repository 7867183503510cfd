import "server-only";
import { headers } from "next/headers";

/** The origin the page was requested on, for when NEXTAUTH_URL is not set (development). */
export async function requestOrigin(): Promise<string> {
  const list = await headers();
  const first = (value: string | null) => value?.split(",")[0]?.trim() || null;
  const host = first(list.get("x-forwarded-host")) ?? list.get("host") ?? "localhost";
  const proto = first(list.get("x-forwarded-proto")) ?? "http";
  return `${proto}://${host}`;
}
